using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// A user's column map for a log no platform layout covers (a POS export, a spreadsheet of
/// comment orders): <c>timestamp=InvoiceDate;order=InvoiceNo;product=StockCode;quantity=Quantity;unit_price=UnitPrice</c>.
/// It becomes an ordinary <see cref="OrderLayout"/>, so generic logs take the same path as platform ones.
/// </summary>
public sealed class ColumnMap
{
    private static readonly Dictionary<string, OrderField> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["timestamp"] = OrderField.Timestamp,
        ["date"] = OrderField.Date,
        ["time"] = OrderField.Time,
        ["order"] = OrderField.OrderId,
        ["line"] = OrderField.LineId,
        ["product"] = OrderField.ProductId,
        ["product_name"] = OrderField.ProductName,
        ["quantity"] = OrderField.Quantity,
        ["unit_price"] = OrderField.UnitPrice,
        ["amount"] = OrderField.Amount,
        ["status"] = OrderField.Status,
        ["shop"] = OrderField.Shop,
        ["channel"] = OrderField.Channel,
        ["platform"] = OrderField.Platform,
    };

    public static IReadOnlyCollection<string> KnownKeys => Keys.Keys;

    private ColumnMap(IReadOnlyDictionary<OrderField, string> columns) => Columns = columns;

    public IReadOnlyDictionary<OrderField, string> Columns { get; }

    /// <summary>
    /// Parses <c>key=Header;key=Header</c>. Header names may contain spaces and any letters. A map
    /// that cannot work is the user's bad <c>--map</c> option: a <see cref="UserInputException"/>.
    /// </summary>
    public static ColumnMap Parse(string text)
    {
        var columns = new Dictionary<OrderField, string>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw Bad(new LocalText("error.option.map.entry", ("entry", part)));
            }

            var key = part[..eq].Trim();
            var header = HeaderText.Normalize(part[(eq + 1)..]);
            if (!Keys.TryGetValue(key, out var field))
            {
                throw Bad(new LocalText("error.option.map.key", ("key", key), ("keys", string.Join(", ", Keys.Keys))));
            }

            if (!columns.TryAdd(field, header))
            {
                throw Bad(new LocalText("error.option.map.twice", ("key", key)));
            }
        }

        var hasTimestamp = columns.ContainsKey(OrderField.Timestamp);
        var hasDate = columns.ContainsKey(OrderField.Date);
        if (!hasTimestamp && !hasDate)
        {
            throw Bad(new LocalText("error.option.map.time"));
        }

        if (hasTimestamp && (hasDate || columns.ContainsKey(OrderField.Time)))
        {
            throw Bad(new LocalText("error.option.map.both"));
        }

        if (!columns.ContainsKey(OrderField.OrderId))
        {
            throw Bad(new LocalText("error.option.map.order"));
        }

        return new ColumnMap(columns);
    }

    private static UserInputException Bad(LocalText reason) => new(reason, ExitCodes.BadOption);

    /// <summary>The layout this map describes, with numbers read in the culture's dialect.</summary>
    public OrderLayout ToLayout(CultureInfo? culture)
    {
        return new OrderLayout
        {
            Kind = "generic",
            Description = "generic log read with --map",
            Platform = Platform.Other,
            Anchors = [.. Columns.Values],
            Aliases = Columns.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }),
            Required = [OrderField.OrderId],
            TimeFormats = TimestampParser.GenericFormats,
            Numbers = NumberDialects.ForCulture(culture ?? CultureInfo.InvariantCulture),
            UserDescribed = true,
            TimeCulture = culture,
        };
    }
}
