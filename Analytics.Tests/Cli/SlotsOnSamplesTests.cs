using System.Globalization;
using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate;
using LivePeak.Tests.Engine;
using LivePeak.Tests.Generate;

namespace LivePeak.Tests.Cli;

/// <summary>
/// <c>livepeak slots --json</c> on the committed samples gives, slot by slot, what a naive oracle
/// computes from the order lines the generator says those files hold.
/// </summary>
[TestFixture]
public sealed class SlotsOnSamplesTests
{
    [TestCase(60)]
    [TestCase(15)]
    public void Every_slot_matches_the_oracle_over_the_generated_lines(int slotMinutes)
    {
        var folder = DataSamples.RepositoryFolder();
        var run = CliRun.Of("slots", folder, "--json", "--slot-minutes", slotMinutes.ToString(CultureInfo.InvariantCulture),
            "--map", Path.Combine(folder, DataSamples.MapFile), "--culture", ExportGenerator.GenericCulture);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var orderInputs = doc.RootElement.GetProperty("inputs").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString()!.EndsWith("orders", StringComparison.Ordinal) || i.GetProperty("kind").GetString() == "generic")
            .ToList();
        var orderSamples = DataSamples.All.Where(s => s.Options.Format.WritesOrders()).ToList();
        Assert.That(orderInputs, Has.Count.EqualTo(orderSamples.Count), "one order file per order sample");
        foreach (var input in doc.RootElement.GetProperty("inputs").EnumerateArray())
        {
            var read = input.GetProperty("rowsRead").GetInt64();
            Assert.That(read, Is.EqualTo(input.GetProperty("rowsAccepted").GetInt64() + input.GetProperty("rowsRejected").GetInt64() + input.GetProperty("rowsDuplicate").GetInt64()));
            Assert.That(input.GetProperty("rowsRejected").GetInt64(), Is.Zero, input.GetProperty("path").GetString());
        }

        var lines = orderSamples.SelectMany(s => ExportGenerator.Lines(s.Options)).ToList();
        var expected = SlotCubeOracle.Expected(lines, new SlotLength(slotMinutes));
        var actual = doc.RootElement.GetProperty("slots").EnumerateArray().ToList();
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        Assert.That(actual.Sum(s => s.GetProperty("orders").GetInt64()), Is.GreaterThan(500), "the samples are not empty");
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            Assert.That(
                (a.GetProperty("day").GetString(), a.GetProperty("start").GetString(), a.GetProperty("orders").GetInt64(), a.GetProperty("items").GetDecimal(),
                 a.GetProperty("gmv").GetDecimal(), a.GetProperty("cancelledGmv").GetDecimal()),
                Is.EqualTo((DayNames.Short(e.Slot.Day), e.Slot.Start.ToString("HH:mm", CultureInfo.InvariantCulture), e.Orders, e.Items,
                    e.Gmv.ToDecimal(), e.CancelledGmv.ToDecimal())),
                $"slot {e.Slot}");
        }
    }
}
