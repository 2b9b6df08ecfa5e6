using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;

namespace LivePeak.Tests.Cli;

/// <summary>
/// Buyer data never leaves the import stage: the sample exports carry (fake) buyer names, phones
/// and addresses, and no command prints or writes any of them.
/// </summary>
[TestFixture]
public sealed class BuyerDataTests
{
    private static string Samples => Path.Combine(TestContext.CurrentContext.TestDirectory, "data-samples");

    private static string Map => Path.Combine(Samples, "generic", "pos.map");

    [Test]
    public void No_command_prints_or_writes_a_buyer_value()
    {
        var buyerValues = BuyerValuesIn(Samples);
        Assert.That(buyerValues, Has.Count.GreaterThan(20), "the samples must carry buyer data for this test to mean anything");

        using var temp = new TempFolder();
        var outputs = new List<string>();
        foreach (var args in new[]
        {
            new[] { "inspect", Samples },
            ["inspect", Samples, "--json"],
            ["slots", Samples],
            ["slots", Samples, "--json"],
            ["sessions", Samples],
            ["sessions", Samples, "--json"],
        })
        {
            var rejects = temp.File($"rejects-{outputs.Count}.csv");
            var run = CliRun.Of([.. args, "--map", Map, "--culture", "vi-VN", "--rejects", rejects]);
            outputs.Add(run.Output);
            outputs.Add(run.Error);
            if (File.Exists(rejects))
            {
                outputs.Add(File.ReadAllText(rejects));
            }
        }

        var everything = string.Join('\n', outputs);
        var leaked = buyerValues.Where(v => everything.Contains(v, StringComparison.Ordinal)).ToList();
        Assert.That(leaked, Is.Empty);
    }

    /// <summary>Every value in a buyer column of every sample file, as the files hold them.</summary>
    private static HashSet<string> BuyerValuesIn(string folder)
    {
        var buyerHeaders = KnownOrderLayouts.All.SelectMany(l => l.BuyerFields).Select(HeaderText.Normalize).ToHashSet(StringComparer.Ordinal);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(TableSource.IsSupported))
        {
            List<int>? columns = null;
            foreach (var row in TableSource.ReadRows(file))
            {
                if (columns is null)
                {
                    var headers = row.Cells.Select(HeaderText.Normalize).ToList();
                    var found = headers.Select((h, i) => (h, i)).Where(x => buyerHeaders.Contains(x.h)).Select(x => x.i).ToList();
                    columns = found.Count > 0 ? found : null;
                    continue;
                }

                foreach (var c in columns)
                {
                    var value = HeaderText.TrimCell(row.Cell(c));
                    // Short values (a province, "VN") are not identifying on their own and occur in other text.
                    if (value.Length >= 8)
                    {
                        values.Add(value);
                    }
                }
            }
        }

        return values;
    }
}
