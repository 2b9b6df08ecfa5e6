using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;

namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// Fits a <see cref="SlotModel"/> to LIVEs, in ML.NET's pattern: options, then
/// <c>new SlotModelTrainer(options).Fit(lives)</c>, then <c>model.Predict(...)</c>.
/// <para>
/// The method, in plain words. Each LIVE counts once. Its rate is its GMV (or orders) per live
/// hour, so a slot the shop uses every day is not favoured just for being used every day: the
/// LIVE's length is the exposure, divided out. Rates are compared on the log scale, where a
/// LIVE twice as good as another is the same step up at any level of sales. A LIVE's log rate
/// is taken as the sum of effects: the shop on its platform, the platform, the month, the
/// LIVE's length (long LIVEs sell less per hour), and when it ran: the hours of day and days of
/// week it ran through, mixed by the minutes it spent in each, plus the hour of the week it
/// started in. These come in layers: hour of day and day of week for all shops, day x start hour
/// for all shops, then each shop's own hour, day and day x start hour on top. Every layer is shrunk toward the layer above by as much as the data warrants,
/// judged from how much the effects of that layer really vary (empirical Bayes): a shop with two
/// LIVEs keeps almost nothing of its own and follows the group; a shop with a hundred LIVEs
/// gets its own pattern. The same shrinkage applies to slots: a slot with one lucky LIVE is
/// pulled back toward what its hour and day suggest.
/// </para>
/// <para>
/// How sure: each effect's uncertainty is that of a shrunken average of the LIVEs on it. The
/// range given with a prediction is where the next LIVE's rate falls with the chosen
/// probability (80%): the uncertainty about the slot plus the shop's LIVE-to-LIVE spread.
/// </para>
/// </summary>
public sealed class SlotModelTrainer(SlotModelOptions options)
{
    /// <summary>Residual variance of a shop is shrunk toward the pooled one as if the pool added this many LIVEs.</summary>
    private const double PooledNoiseWeight = 10;

    public SlotModelOptions Options { get; } = options;

    /// <summary>Fits on the LIVEs of a ledger, taking every LIVE's attributed GMV as known.</summary>
    public SlotModel Fit(SessionLedger ledger) => Fit(LiveOutcome.FromResults(ledger.Results()));

    /// <summary>Fits on ledger results; LIVEs of platforms with no order lines count only with a reported GMV.</summary>
    public SlotModel Fit(IReadOnlyList<SessionResult> results, IReadOnlySet<Platform>? platformsWithOrders = null) =>
        Fit(LiveOutcome.FromResults(results, platformsWithOrders));

    public SlotModel Fit(IReadOnlyList<LiveOutcome> lives)
    {
        Options.Validate();
        ArgumentNullException.ThrowIfNull(lives);
        // A fixed order makes the fit independent of the order the LIVEs came in.
        var kept = lives
            .Where(l => l.Minutes >= Options.MinimumMinutes && l.Minutes <= Options.MaximumMinutes && Target(l) >= 0 && double.IsFinite(Target(l)))
            .OrderBy(l => l.Start).ThenBy(l => l.Shop, StringComparer.Ordinal).ThenBy(l => l.Platform)
            .ThenBy(l => l.Minutes).ThenBy(l => l.Gmv).ThenBy(l => l.Orders)
            .ToList();
        if (kept.Count == 0)
        {
            throw new ArgumentException("no LIVE with a known length and known sales to fit on", nameof(lives));
        }

        var shops = kept.Select(l => l.Shop).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shopIndex = shops.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        var accountKeys = kept.Select(l => (l.Shop, l.Platform)).Distinct()
            .OrderBy(k => k.Shop, StringComparer.Ordinal).ThenBy(k => k.Platform).ToList();
        var accountIndex = accountKeys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        var shopLayers = shops.Count > 1;
        var layout = new EffectLayout(accountKeys.Count, shops.Count, Options.DayHourInteraction, shopLayers);

        var byAccount = kept.GroupBy(l => (l.Shop, l.Platform)).ToDictionary(g => g.Key, g => g.ToList());
        var globalFloor = Floor(kept.Select(Rate), 1);
        var floors = accountKeys.Select(k => Floor(byAccount[k].Select(Rate), globalFloor)).ToArray();
        var meanLogHours = kept.Average(l => Math.Log(l.Hours));

        var y = new double[kept.Count];
        var rowStarts = new List<int>(kept.Count + 1) { 0 };
        var indices = new List<int>(kept.Count * 20);
        var weights = new List<double>(kept.Count * 20);
        var shares = new List<(int Hour, double Share)>();
        var row = new List<(int Index, double Weight)>();
        for (var i = 0; i < kept.Count; i++)
        {
            var live = kept[i];
            var account = accountIndex[(live.Shop, live.Platform)];
            y[i] = Math.Log(Rate(live) + floors[account]);
            MinuteShares.Split(live.StartMinuteOfWeek, live.Minutes, shares);
            layout.Row(shopIndex[live.Shop], account, (int)live.Platform, live.Start.Month, Math.Log(live.Hours) - meanLogHours, EffectLayout.StartHour(live.StartMinuteOfWeek), shares, row);
            foreach (var (index, weight) in row)
            {
                indices.Add(index);
                weights.Add(weight);
            }

            rowStarts.Add(indices.Count);
        }

        var design = new SparseRows(layout.Count, rowStarts, indices, weights);
        var accountPlatform = accountKeys.Select(k => (int)k.Platform).ToArray();
        var accountShop = accountKeys.Select(k => shopIndex[k.Shop]).ToArray();
        var fit = PenalizedFit.Run(design, y, layout, accountPlatform, accountShop, Options.MaxIterations, Options.Tolerance);

        // Residual spread per account, shrunk toward the pooled spread; inflated for the
        // parameters the fit used, so the spread is that of a new LIVE, not of a fitted one.
        var inflate = kept.Count / Math.Max(kept.Count - fit.EffectiveParameters, 1.0);
        var rss = new double[accountKeys.Count];
        var count = new int[accountKeys.Count];
        var typical = new double[accountKeys.Count];
        var slotRow = new List<(int Index, double Weight)>();
        double typicalAll = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var live = kept[i];
            var a = accountIndex[(live.Shop, live.Platform)];
            rss[a] += fit.Residual[i] * fit.Residual[i];
            count[a]++;
            var slotEffect = 0.0;
            for (var k = design.RowStart[i]; k < design.RowStart[i + 1]; k++)
            {
                if (EffectLayout.IsSlotEffect(layout.BlockOf(design.RowIndex[k])))
                {
                    slotEffect += design.RowWeight[k] * fit.Beta[design.RowIndex[k]];
                }
            }

            typical[a] += slotEffect;
            // The group's typical slot leaves out the shops' own effects.
            MinuteShares.Split(live.StartMinuteOfWeek, live.Minutes, shares);
            layout.Row(-1, -1, 0, 1, 0, EffectLayout.StartHour(live.StartMinuteOfWeek), shares, slotRow, slotEffectsOnly: true);
            typicalAll += slotRow.Sum(e => e.Weight * fit.Beta[e.Index]);
        }

        var accounts = new List<SlotAccount>(accountKeys.Count);
        for (var a = 0; a < accountKeys.Count; a++)
        {
            var (shop, platform) = accountKeys[a];
            var own = byAccount[(shop, platform)];
            accounts.Add(new SlotAccount
            {
                Shop = shop,
                Platform = platform,
                ShopIndex = shopIndex[shop],
                Floor = floors[a],
                NoiseVariance = (PooledNoiseWeight * fit.Noise + rss[a] * inflate) / (PooledNoiseWeight + count[a]),
                LatestMonth = own.Max(l => l.Start).Month,
                TypicalSlotEffect = typical[a] / count[a],
                Total = own.Sum(Target),
                LiveHours = own.Sum(l => l.Hours),
                Starts = own.Select(l => l.StartMinuteOfWeek).ToArray(),
                Minutes = own.Select(l => l.Minutes).ToArray(),
            });
        }

        return new SlotModel(new SlotModelFile
        {
            Options = Options,
            Shops = shops,
            Accounts = accounts,
            ShopLayers = shopLayers,
            MeanLogHours = meanLogHours,
            Coefficients = fit.Beta,
            Squares = fit.Squares,
            BlockVariance = fit.Variance,
            Penalty = fit.Penalty,
            Noise = fit.Noise,
            Floor = globalFloor,
            TypicalSlotEffect = typicalAll / kept.Count,
            LatestMonth = kept[^1].Start.Month,
            LiveCount = kept.Count,
            ExcludedCount = lives.Count - kept.Count,
            Iterations = fit.Iterations,
        });
    }

    private double Target(LiveOutcome live) => Options.Target == SlotTarget.Orders ? live.Orders : live.Gmv;

    private double Rate(LiveOutcome live) => Target(live) / live.Hours;

    /// <summary>A share of the median positive rate; the fallback when none is positive.</summary>
    private double Floor(IEnumerable<double> rates, double fallback)
    {
        var positive = rates.Where(r => r > 0).ToArray();
        return positive.Length == 0 ? fallback : Options.ZeroFloorShare * MathNet.Numerics.Statistics.Statistics.Median(positive);
    }
}
