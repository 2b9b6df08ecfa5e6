using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using NodaTime;

namespace LivePeak.Tests.Support;

/// <summary>What importing one fixture produced: the file report, the lines and the rejects.</summary>
internal sealed record ImportResult(FileReport Report, List<OrderLine> Lines, List<RejectedRow> Rejects);

internal static class FixtureImport
{
    public static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    /// <summary>The path of a file under Fixtures/ in the test output folder.</summary>
    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name);

    /// <summary>Imports one fixture with a fresh importer (nothing remembered from other files).</summary>
    public static ImportResult ImportFile(string fixture, ImportOptions? options = null) =>
        new OrderImporter(options ?? new ImportOptions()).ImportFixture(fixture);

    /// <summary>Imports one fixture with an importer that may have read other files already.</summary>
    public static ImportResult ImportFixture(this OrderImporter importer, string fixture)
    {
        var lines = new List<OrderLine>();
        var rejects = new List<RejectedRow>();
        var report = importer.Import(PathOf(fixture), lines.Add, rejects.Add);
        return new ImportResult(report, lines, rejects);
    }

    /// <summary>A wall-clock time in the shop's zone (Asia/Ho_Chi_Minh has no DST, so it is exact).</summary>
    public static ZonedDateTime Local(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(HoChiMinh);
}
