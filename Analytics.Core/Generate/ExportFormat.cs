namespace LivePeak.Analytics.Generate;

/// <summary>The export layouts <c>livepeak generate</c> can write (see formats.md §1 and §3).</summary>
public enum ExportFormat
{
    /// <summary>TikTok Shop "All orders", 2026 layout: CSV, UTF-8 with BOM, 56 columns with <c>Order Channel</c>.</summary>
    TikTok,

    /// <summary>TikTok Shop "All orders", 2024-25 layout: XLSX sheet <c>OrderSKUList</c>, 54 columns, stale dimension.</summary>
    TikTokXlsx,

    /// <summary>Shopee "Order.all": XLSX, 63 Vietnamese columns.</summary>
    Shopee,

    /// <summary>Shopee "Order.all" as the CSV variant some sellers receive (UTF-8, no BOM).</summary>
    ShopeeCsv,

    /// <summary>A Vietnamese POS-style CSV that only <c>--map</c> (<see cref="ExportGenerator.GenericMap"/>) reads.</summary>
    Generic,

    /// <summary>LivePeak's own narrow CSV, all shops in one file, cancelled lines left out.</summary>
    Canonical,
}
