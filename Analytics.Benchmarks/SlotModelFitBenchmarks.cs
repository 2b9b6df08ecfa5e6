using BenchmarkDotNet.Attributes;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: how long does fitting the slot model take for a province's worth of LIVEs:
/// 100,000 LIVEs of 1,000 shops (about 100 each), with planted slot effects? Target: under 2 s.
/// </summary>
[MemoryDiagnoser]
public class SlotModelFitBenchmarks
{
    private IReadOnlyList<LiveOutcome> _lives = [];

    [Params(100_000)]
    public int Lives { get; set; }

    [Params(1_000)]
    public int Shops { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = PlantedLiveSimulation.Run(new PlantedLiveOptions
        {
            Shops = Shops,
            Weeks = (int)Math.Ceiling(Lives / (Shops * 8.0)) + 1,
            Seed = 1,
            WithOrders = false,
            Effects = PlantedLiveOptions.RealisticShape,
            BestWindowMultiplier = 2.0,
        });
        _lives = data.Outcomes.OrderBy(l => l.Start).Take(Lives).ToList();
        if (_lives.Count < Lives)
        {
            throw new InvalidOperationException($"the simulation made only {_lives.Count} LIVEs");
        }
    }

    [Benchmark]
    public int Fit() => new SlotModelTrainer(new SlotModelOptions()).Fit(_lives).LiveCount;
}
