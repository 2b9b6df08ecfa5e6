using System.Globalization;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using NodaTime;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// What the stored rows depend on, saved with them: the zone their wall-clock times are in, and the
/// grace and default shop name the attribution stored on each line was decided with. A load or a
/// query with other values would silently mix rules, so it is refused instead.
/// </summary>
public sealed record StoreSettings(string TimeZoneId, Duration Grace, string DefaultShop)
{
    public static StoreSettings From(CubeOptions options) => new(options.TimeZoneId, options.Grace, options.DefaultShop);

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZoneId];

    /// <summary>The cube options of a query on this store: its rules, the caller's slots and filters.</summary>
    public CubeOptions Apply(CubeOptions options) => options with { TimeZoneId = TimeZoneId, Grace = Grace, DefaultShop = DefaultShop };

    /// <summary>Throws when <paramref name="wanted"/> differs from the stored settings, naming each difference.</summary>
    public void Require(StoreSettings wanted, string where)
    {
        var differences = new List<string>();
        if (!string.Equals(wanted.TimeZoneId, TimeZoneId, StringComparison.Ordinal))
        {
            differences.Add($"--tz {TimeZoneId} (not {wanted.TimeZoneId})");
        }

        if (wanted.Grace != Grace)
        {
            differences.Add($"--grace {Minutes(Grace)} (not {Minutes(wanted.Grace)})");
        }

        if (!string.Equals(wanted.DefaultShop, DefaultShop, StringComparison.Ordinal))
        {
            differences.Add($"--shop-name '{DefaultShop}' (not '{wanted.DefaultShop}')");
        }

        if (differences.Count > 0)
        {
            throw new StoreException(
                $"{where} was loaded with {string.Join(", ", differences)}; use the same options or another --database",
                ExitCodes.StoreMismatch);
        }
    }

    internal IEnumerable<(string Name, string Value)> ToPairs() =>
    [
        ("time_zone", TimeZoneId),
        ("grace_ns", Grace.ToInt64Nanoseconds().ToString(CultureInfo.InvariantCulture)),
        ("default_shop", DefaultShop),
    ];

    internal static StoreSettings? FromPairs(IReadOnlyDictionary<string, string> pairs) =>
        pairs.TryGetValue("time_zone", out var zone) && pairs.TryGetValue("grace_ns", out var grace) &&
        pairs.TryGetValue("default_shop", out var shop) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null &&
        long.TryParse(grace, NumberStyles.None, CultureInfo.InvariantCulture, out var nanos)
            ? new StoreSettings(zone, Duration.FromNanoseconds(nanos), shop)
            : null;

    private static string Minutes(Duration grace) => grace.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture);
}
