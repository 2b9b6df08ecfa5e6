using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Engine.Fast;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>Runs one file through the general path and the fast path and compares everything.</summary>
internal static class FastPathOracle
{
    public sealed record GeneralResult(FileReport Report, SlotCube Cube, ProductSlotTable Products, List<RejectedRow> Rejects);

    public static GeneralResult General(string path, ImportOptions options, SlotLength length)
    {
        var builder = new CubeBuilder(new CubeOptions { SlotLength = length, TimeZoneId = options.Zone.Id, DefaultShop = options.DefaultShop });
        var rejects = new List<RejectedRow>();
        var summary = InputImport.Run([path], options, new ImportSink { OnOrderLine = builder.AddLine, OnReject = rejects.Add });
        return new GeneralResult(summary.Files.Single(), builder.Cube, builder.Products, rejects);
    }

    /// <summary>Asserts the fast result equals the general one: accounting, every slot, products, rejects.</summary>
    public static void AssertSame(GeneralResult expected, FastResult actual, string because)
    {
        var e = expected.Report;
        var a = actual.Report;
        Assert.That((a.Kind, a.RowsRead, a.RowsAccepted, a.RowsRejected, a.RowsDuplicate, a.BlankRows, a.RowsSkippedAboveData, a.FirstDate, a.LastDate),
            Is.EqualTo((e.Kind, e.RowsRead, e.RowsAccepted, e.RowsRejected, e.RowsDuplicate, e.BlankRows, e.RowsSkippedAboveData, e.FirstDate, e.LastDate)),
            because + ": accounting");
        Assert.That(a.RejectsByReason, Is.EquivalentTo(e.RejectsByReason), because + ": rejects by reason");
        Assert.That(a.UnknownStatuses, Is.EquivalentTo(e.UnknownStatuses), because + ": unknown statuses");
        Assert.That(actual.Cube.AllSlots(), Is.EqualTo(expected.Cube.AllSlots()), because + ": slots");
        Assert.That(actual.Cube.Lines, Is.EqualTo(expected.Cube.Lines), because + ": lines");
        Assert.That(actual.Products.Rows(), Is.EqualTo(expected.Products.Rows()), because + ": products");
        Assert.That(actual.Rejects.Select(Describe), Is.EqualTo(expected.Rejects.Select(Describe)), because + ": rejects");
    }

    private static string Describe(RejectedRow r) =>
        $"{r.File}:{r.Line} [{r.Column}] {r.Reason} | {string.Join(" | ", r.Cells.Select(c => c.Key + "=" + c.Value))}";
}
