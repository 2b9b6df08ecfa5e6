using System.Globalization;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Import;

/// <summary>How to read input files. Nothing here depends on the machine's culture or zone.</summary>
public sealed record ImportOptions
{
    public const string DefaultTimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The shop's zone: local times are read as wall-clock times here, and times with an
    /// explicit offset are converted to it.</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZoneProviders.Tzdb[DefaultTimeZoneId];

    /// <summary>The column map for logs that match no platform layout.</summary>
    public ColumnMap? Map { get; init; }

    /// <summary>A NodaTime pattern that overrides date format detection, e.g. <c>dd/MM/yyyy HH:mm</c>.</summary>
    public string? TimeFormat { get; init; }

    /// <summary>The culture generic logs are written in (number dialect, AM/PM names).</summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>The shop name for rows of files that carry none (platform exports are per shop).</summary>
    public string DefaultShop { get; init; } = "default";

    /// <summary>
    /// Name the shop of a file that carries none after the folder it is in (<c>shops/ba-tu/orders.csv</c>
    /// is shop <c>ba-tu</c>), so several shops' TikTok and Shopee exports, which have no shop
    /// column, stay apart. Files with a shop column keep their own.
    /// </summary>
    public bool ShopFromFolder { get; init; }

    /// <summary>The shop of rows in <paramref name="path"/> that name none.</summary>
    public string ShopOf(string path) =>
        ShopFromFolder && Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path))) is { Length: > 0 } folder
            ? folder
            : DefaultShop;

    public static DateTimeZone ParseZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
        ?? throw new UserInputException(new LocalText("error.option.timezone", ("zone", id)), ExitCodes.BadOption);
}
