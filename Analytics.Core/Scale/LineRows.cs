using System.Globalization;
using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// An order line as a row of the store, with what the store adds: its occurrence among lines of
/// the same order, line id and time (the last part of the import's duplicate key) and the LIVE it
/// is attributed to.
/// </summary>
/// <param name="LiveKey">The <see cref="LiveSession.Key"/> of its LIVE over every stored LIVE; empty for none.</param>
/// <param name="OwnLiveKey">Its LIVE over the LIVEs of its own shop only (what a <c>--shop</c> filter sees).</param>
public sealed record LineRow(OrderLine Line, int Occurrence, string LiveKey, string OwnLiveKey)
{
    public const long QuantityScale = 1_000_000;

    /// <summary>The columns in the order <see cref="Write"/> writes them.</summary>
    public const string Columns =
        "platform, shop, order_id, line_id, occurrence, product_id, product_name, quantity_micros, revenue, " +
        "created_ns, created_date, created_minute, status, channel, live_channel, live_key, own_live_key, version";

    /// <summary>What <see cref="Read"/> reads back.</summary>
    public const string ReadColumns =
        "platform, shop, order_id, line_id, occurrence, product_id, product_name, quantity_micros, revenue, " +
        "created_ns, status, channel, live_key, own_live_key";

    /// <summary>The quantity in millionths; a quantity finer than that cannot be summed exactly and is refused.</summary>
    public static long QuantityMicros(OrderLine line)
    {
        var scaled = line.Quantity * QuantityScale;
        if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) > long.MaxValue)
        {
            throw new UserInputException(
                $"order {line.OrderId} of {line.Platform.ToSlug()} shop '{line.Shop}' has quantity {line.Quantity.ToString(CultureInfo.InvariantCulture)}; " +
                "the ClickHouse store keeps quantities to six decimals",
                ExitCodes.BadOption);
        }

        return (long)scaled;
    }

    /// <summary>Appends the row as one TabSeparated line, every value escaped.</summary>
    public void Write(StringBuilder tsv, ulong version)
    {
        var l = Line;
        var local = l.CreatedLocal;
        StoreTime.CheckStorable(local, $"order {l.OrderId} of {l.Platform.ToSlug()} shop '{l.Shop}'");
        tsv.Append(l.Platform.ToSlug()).Append('\t')
            .Append(TsvText.Escape(l.Shop)).Append('\t')
            .Append(TsvText.Escape(l.OrderId)).Append('\t')
            .Append(TsvText.Escape(l.LineId)).Append('\t')
            .Append(Occurrence.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(TsvText.Escape(l.ProductId)).Append('\t')
            .Append(TsvText.Escape(l.ProductName)).Append('\t')
            .Append(QuantityMicros(l).ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(l.Revenue.TenThousandths.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(StoreTime.Nanos(l.Created.ToInstant()).ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(StoreTime.Date(local.Date)).Append('\t')
            .Append((local.Hour * 60 + local.Minute).ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(((int)l.Status).ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(TsvText.EscapeNullable(l.Channel)).Append('\t')
            .Append(l.Channel is { } c && string.Equals(c, Engine.LiveAttribution.LiveChannel, StringComparison.OrdinalIgnoreCase) ? '1' : '0').Append('\t')
            .Append(TsvText.Escape(LiveKey)).Append('\t')
            .Append(TsvText.Escape(OwnLiveKey)).Append('\t')
            .Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n');
    }

    /// <summary>A row selected with <see cref="ReadColumns"/>, in the store's zone.</summary>
    public static LineRow Read(string?[] v, NodaTime.DateTimeZone zone)
    {
        if (v.Length != 14 || !PlatformNames.TryParse(v[0]!, out var platform))
        {
            throw new StoreException($"the store returned an order line of an unexpected shape ({v.Length} values)", ExitCodes.StoreMismatch);
        }

        var line = new OrderLine(
            platform, v[1]!, v[2]!, v[3]!, v[5]!, v[6]!,
            Normalize(long.Parse(v[7]!, CultureInfo.InvariantCulture) / (decimal)QuantityScale),
            new Money(long.Parse(v[8]!, CultureInfo.InvariantCulture)),
            StoreTime.Instant(long.Parse(v[9]!, CultureInfo.InvariantCulture)).InZone(zone),
            (OrderStatus)int.Parse(v[10]!, CultureInfo.InvariantCulture),
            v[11]);
        return new LineRow(line, int.Parse(v[4]!, CultureInfo.InvariantCulture), v[12]!, v[13]!);
    }

    /// <summary>Drops trailing zeros (2.500000 reads as 2.5), as quantities were written.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
