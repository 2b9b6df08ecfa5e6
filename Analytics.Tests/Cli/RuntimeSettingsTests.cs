using System.Text.Json;

namespace LivePeak.Tests.Cli;

/// <summary>
/// The <c>livepeak</c> command's runtime settings, as its build writes them: they are part of the
/// memory a run takes, which the hot path's target bounds whatever the input's size.
/// </summary>
[TestFixture]
public sealed class RuntimeSettingsTests
{
    [Test]
    public void The_collector_lets_at_most_16_MB_of_young_garbage_gather_before_it_collects()
    {
        // Left to itself the collector sizes that budget from the processor's cache and grows it
        // while little survives: about 100 MB of garbage gathered in a run of daily files,
        // doubling its peak memory (see the setting's comment in Analytics.Cli.csproj).
        var settings = RuntimeSettings();

        Assert.That(settings.TryGetProperty("System.GC.Gen0MaxBudget", out var budget), Is.True, "the budget is set");
        Assert.That(budget.GetInt64(), Is.InRange(1L << 20, 16L << 20));
    }

    /// <summary>The configProperties of livepeak.runtimeconfig.json, copied beside the tests with the command.</summary>
    private static JsonElement RuntimeSettings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "livepeak.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }
}
