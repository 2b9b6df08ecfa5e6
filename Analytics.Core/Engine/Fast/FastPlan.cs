using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using NodaTime;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>What the fast reader needs to know about one file, fixed before any row is read.</summary>
internal sealed class FastPlan
{
    public static readonly int FieldCount = Enum.GetValues<OrderField>().Length;

    public FastPlan(HeaderMatch match, FastTimePattern time, byte separator, ImportOptions options, SlotLength length, string path)
    {
        Columns = new int[FieldCount];
        Array.Fill(Columns, -1);
        foreach (var (field, column) in match.Columns)
        {
            // The fast path never attributes to LIVEs, so the channel is not read.
            if (field != OrderField.Channel)
            {
                Columns[(int)field] = column;
            }
        }

        Scanner = new CsvRecordScanner(separator, Columns);
        Time = time;
        Numbers = match.Layout.Numbers;
        NumericOrderIds = match.Layout.NumericOrderIds;
        Platform = match.Layout.Platform;
        DefaultShop = Encoding.UTF8.GetBytes(options.ShopOf(path));
        HeaderWidth = match.Headers.Count;
        Length = length;
        Zone = options.Zone;
        SlotOfMinute = [.. Enumerable.Range(0, 24 * 60).Select(minute => (short)(minute / length.Minutes))];
        (HasTimestamp, HasTime, HasQuantity, HasUnitPrice, HasAmount, HasPlatform) =
            (Has(OrderField.Timestamp), Has(OrderField.Time), Has(OrderField.Quantity), Has(OrderField.UnitPrice), Has(OrderField.Amount), Has(OrderField.Platform));
        HasStatus = Has(OrderField.Status) || Has(OrderField.CancelReturnType) || Has(OrderField.ReturnStatus);
        NarrowRows = separator is not ((byte)'"' or (byte)'\r' or (byte)'\n') && HeaderWidth == NarrowColumns.Length &&
            Enumerable.Range(0, FieldCount).All(field => Columns[field] == Array.IndexOf(NarrowColumns, (OrderField)field));
    }

    /// <summary>
    /// The columns of a narrow log, in order: the canonical layout's (<c>order_id, created_at,
    /// shop, product_id, quantity, amount</c>), which analysts' large logs and <c>generate</c> use.
    /// </summary>
    public static readonly OrderField[] NarrowColumns =
        [OrderField.OrderId, OrderField.Timestamp, OrderField.Shop, OrderField.ProductId, OrderField.Quantity, OrderField.Amount];

    /// <summary>
    /// The file has exactly <see cref="NarrowColumns"/>, so a plain record (no quote, every field
    /// in place) can be read in one pass without the structural index and the field plan.
    /// </summary>
    public bool NarrowRows { get; }

    public CsvRecordScanner Scanner { get; }

    /// <summary>Column of each <see cref="OrderField"/>, or -1.</summary>
    public int[] Columns { get; }

    public FastTimePattern Time { get; }

    public NumberDialect Numbers { get; }

    public bool NumericOrderIds { get; }

    public Platform Platform { get; }

    public byte[] DefaultShop { get; }

    public int HeaderWidth { get; }

    public SlotLength Length { get; }

    public DateTimeZone Zone { get; }

    public bool Has(OrderField field) => Columns[(int)field] >= 0;

    // Which columns the file has, as fields: the row loop asks for each on every row.
    public bool HasTimestamp { get; }

    public bool HasTime { get; }

    public bool HasQuantity { get; }

    public bool HasUnitPrice { get; }

    public bool HasAmount { get; }

    public bool HasPlatform { get; }

    /// <summary>A status, cancel/return type or return status column.</summary>
    public bool HasStatus { get; }

    public int SlotsPerDay => Length.SlotsPerDay;

    /// <summary>The slot of the day each minute falls in: a table rather than a division per row.</summary>
    public short[] SlotOfMinute { get; }
}
