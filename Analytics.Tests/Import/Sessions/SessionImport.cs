using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Tables;
using NodaTime;

namespace LivePeak.Tests.Import.Sessions;

/// <summary>
/// One LIVE-report fixture read the way <see cref="InputImport"/> reads it (header scan over the
/// first rows, then the whole file), with everything the importer produced kept for asserting.
/// </summary>
internal sealed record SessionImport(FileReport Report, IReadOnlyList<LiveSession> Sessions, IReadOnlyList<RejectedRow> Rejects)
{
    public static string Fixture(string name) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "Sessions", name);

    /// <summary>Reads a fixture; pass one importer to several calls to share its duplicate check.</summary>
    public static SessionImport Of(string name, SessionImporter? importer = null)
    {
        var path = Fixture(name);
        var rows = TableSource.ReadRows(path).ToList();
        var match = SessionImporter.Detect(rows.Take(FileKindDetector.HeaderScanRows).ToList(), KnownSessionLayouts.All);
        Assert.That(match, Is.Not.Null, $"{name} should be recognised as a LIVE report");
        var sessions = new List<LiveSession>();
        var rejects = new List<RejectedRow>();
        var report = (importer ?? new SessionImporter(new ImportOptions())).Import(path, match!, rows, sessions.Add, rejects.Add);
        return new SessionImport(report, sessions, rejects);
    }

    /// <summary>The per-file accounting every import must balance.</summary>
    public (long Read, long Accepted, long Rejected, long Duplicate) Accounting =>
        (Report.RowsRead, Report.RowsAccepted, Report.RowsRejected, Report.RowsDuplicate);
}

/// <summary>Wall-clock times in the shop's zone, as every report writes them.</summary>
internal static class Vn
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    public static ZonedDateTime At(int year, int month, int day, int hour, int minute, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Zone);

    public static Money Vnd(decimal amount) => Money.FromDecimal(amount);
}
