using System.Text.Json;
using LivePeak.Analytics.Domain;
using MathNet.Numerics.Distributions;
using NodaTime;

namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// A fitted slot model: what a LIVE of a shop on a platform can expect per live hour in any
/// window of the week, how sure that is, and how many of the shop's LIVEs stand behind it.
/// Made by <see cref="SlotModelTrainer.Fit(IReadOnlyList{LiveOutcome})"/>; saved to and loaded
/// from JSON with <see cref="Save(Stream)"/> and <see cref="Load(Stream)"/>.
/// </summary>
public sealed class SlotModel
{
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private readonly SlotModelFile _file;
    private readonly EffectLayout _layout;
    private readonly Dictionary<string, int> _shops;
    private readonly Dictionary<(string, Platform), int> _accounts = [];
    private readonly double[] _coefficientVariance;
    private readonly double _z;

    internal SlotModel(SlotModelFile file)
    {
        _file = file;
        _layout = new EffectLayout(file.Accounts.Count, file.Shops.Count, file.Options.DayHourInteraction, file.ShopLayers);
        if (file.Coefficients.Length != _layout.Count || file.Squares.Length != _layout.Count)
        {
            throw new InvalidDataException($"the model file holds {file.Coefficients.Length} coefficients where its layout needs {_layout.Count}");
        }

        _shops = file.Shops.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);
        for (var a = 0; a < file.Accounts.Count; a++)
        {
            _accounts[(file.Accounts[a].Shop, file.Accounts[a].Platform)] = a;
        }

        _coefficientVariance = new double[_layout.Count];
        foreach (var block in EffectLayout.Blocks)
        {
            for (var j = _layout.Offset(block); j < _layout.Offset(block) + _layout.Size(block); j++)
            {
                var squares = file.Squares[j];
                _coefficientVariance[j] = EffectLayout.IsFixed(block)
                    ? file.Noise / (squares > 0 ? squares : 1)
                    : squares > 0 ? file.Noise / (squares + file.Penalty[j]) : file.BlockVariance[(int)block];
            }
        }

        // A platform's typical level is the mean of its shops' levels.
        var shopLevelVariance = file.BlockVariance[(int)EffectBlock.Account];
        foreach (var group in file.Accounts.GroupBy(a => a.Platform))
        {
            _coefficientVariance[_layout.Offset(EffectBlock.Platform) + (int)group.Key] = shopLevelVariance / group.Count();
        }

        _z = Normal.InvCDF(0, 1, 0.5 + file.Options.IntervalLevel / 2);
    }

    public SlotModelOptions Options => _file.Options;

    /// <summary>LIVEs the model was fitted on.</summary>
    public int LiveCount => _file.LiveCount;

    /// <summary>LIVEs left out: too short, too long, or with no known sales.</summary>
    public int ExcludedCount => _file.ExcludedCount;

    public IReadOnlyList<string> Shops => _file.Shops;

    public IReadOnlyList<SlotAccount> Accounts => _file.Accounts;

    /// <summary>Standard deviation of one LIVE's log rate around the model, pooled over shops.</summary>
    public double NoiseSd => Math.Sqrt(_file.Noise);

    /// <summary>How widely the effects of a block vary (standard deviation on the log scale); near zero
    /// means the data showed no such effect and it was shrunk away. Zero for fixed blocks.</summary>
    public double EffectSd(EffectBlock block) => _layout.Size(block) == 0 ? 0 : Math.Sqrt(_file.BlockVariance[(int)block]);

    /// <summary>Rounds the fit took to settle its shrinkage.</summary>
    public int Iterations => _file.Iterations;

    public SlotAccount? Account(string shop, Platform platform) =>
        _accounts.TryGetValue((shop, platform), out var index) ? _file.Accounts[index] : null;

    /// <summary>The expected rate of a LIVE that runs exactly through the window, in the shop's
    /// latest month. An unknown shop gets the group's pattern and an interval to match.</summary>
    public SlotPrediction Predict(string shop, Platform platform, Window window)
    {
        var start = ((int)window.First.Day - 1) * 1440 + window.First.StartMinute;
        var account = Account(shop, platform);
        return Predict(shop, platform, account?.LatestMonth ?? _file.LatestMonth, start, window.Minutes);
    }

    /// <summary>The prediction for one LIVE as it ran (its own start, length and month): what a
    /// backtest compares with the LIVE's realised rate.</summary>
    public SlotPrediction Predict(LiveOutcome live) =>
        Predict(live.Shop, live.Platform, live.Start.Month, live.StartMinuteOfWeek, live.Minutes);

    /// <summary>What the shop's typical live hour earns, for a LIVE of the given length.</summary>
    public double TypicalRate(string shop, Platform platform, double minutes)
    {
        var account = Account(shop, platform);
        var shares = new List<(int, double)>();
        var row = new List<(int Index, double Weight)>();
        var month = account?.LatestMonth ?? _file.LatestMonth;
        var parts = Parts(shop, platform, month, 0, minutes, shares, row);
        return Typical(parts, account?.Floor ?? _file.Floor, account?.NoiseVariance ?? _file.Noise);
    }

    /// <summary>The shop's typical live hour: its level without the window's slot effects (and their uncertainty).</summary>
    private static double Typical((double Mean, double MeanVariance, double Slot, double SlotVariance, double Typical) parts, double floor, double noise) =>
        Math.Max(0, Math.Exp(parts.Mean - parts.Slot + parts.Typical + (parts.MeanVariance - parts.SlotVariance + noise) / 2) - floor);

    private SlotPrediction Predict(string shop, Platform platform, int month, int startMinuteOfWeek, double minutes)
    {
        var account = Account(shop, platform);
        var shares = new List<(int, double)>();
        var row = new List<(int Index, double Weight)>();
        var parts = Parts(shop, platform, month, startMinuteOfWeek, minutes, shares, row);
        var floor = account?.Floor ?? _file.Floor;
        var noise = account?.NoiseVariance ?? _file.Noise;
        var spread = Math.Sqrt(parts.MeanVariance + noise);
        var expected = Math.Max(0, Math.Exp(parts.Mean + spread * spread / 2) - floor);
        var typical = Typical(parts, floor, noise);
        var low = Math.Max(0, Math.Exp(parts.Mean - _z * spread) - floor);
        var high = Math.Max(0, Math.Exp(parts.Mean + _z * spread) - floor);
        var contrast = parts.Slot - parts.Typical;
        var better = parts.SlotVariance > 0
            ? Normal.CDF(0, 1, contrast / Math.Sqrt(parts.SlotVariance))
            : contrast > 0 ? 1 : contrast < 0 ? 0 : 0.5;
        var sessions = account is null ? 0 : SessionsBehind(account, startMinuteOfWeek, minutes);
        var upper = Math.Max(0, Math.Exp(parts.Mean + _z * Math.Sqrt(parts.MeanVariance) + spread * spread / 2) - floor);
        return new SlotPrediction(
            expected, low, high, sessions, EvidenceRules.Of(sessions, better),
            typical > 0 ? expected / typical - 1 : 0, better, upper, parts.Mean, Math.Sqrt(parts.MeanVariance));
    }

    /// <summary>The log-scale pieces of a prediction: its mean and variance, and the part due to the
    /// slot (against the shop's typical slot) with its variance.</summary>
    private (double Mean, double MeanVariance, double Slot, double SlotVariance, double Typical) Parts(
        string shop, Platform platform, int month, int startMinuteOfWeek, double minutes,
        List<(int Hour, double Share)> shares, List<(int Index, double Weight)> row)
    {
        var shopKnown = _shops.TryGetValue(shop, out var shopIndex);
        var account = Account(shop, platform);
        var accountIndex = _accounts.TryGetValue((shop, platform), out var found) ? found : -1;
        MinuteShares.Split(startMinuteOfWeek, minutes, shares);
        var logLength = Math.Log(minutes / 60) - _file.MeanLogHours;
        _layout.Row(shopKnown ? shopIndex : 0, accountIndex, (int)platform, month, logLength, EffectLayout.StartHour(startMinuteOfWeek), shares, row);

        double mean = 0, variance = 0, slot = 0, slotVariance = 0;
        foreach (var (index, weight) in row)
        {
            var block = _layout.BlockOf(index);
            var isShopBlock = block is EffectBlock.ShopHour or EffectBlock.ShopDay or EffectBlock.ShopDayHour;
            // An unknown shop has no effects of its own: zero, as unsure as the block's spread.
            var coefficient = !shopKnown && isShopBlock ? 0 : _file.Coefficients[index];
            var coefficientVariance = !shopKnown && isShopBlock ? _file.BlockVariance[(int)block] : _coefficientVariance[index];
            mean += weight * coefficient;
            variance += weight * weight * coefficientVariance;
            if (EffectLayout.IsSlotEffect(block))
            {
                slot += weight * coefficient;
                slotVariance += weight * weight * coefficientVariance;
            }
        }

        if (accountIndex < 0)
        {
            variance += _file.BlockVariance[(int)EffectBlock.Account];
        }

        var typical = account?.TypicalSlotEffect ?? _file.TypicalSlotEffect;
        return (mean, variance, slot, slotVariance, typical);
    }

    /// <summary>LIVEs that ran through at least half of the window, or through which the window ran at least half.</summary>
    internal static int SessionsBehind(SlotAccount account, int startMinuteOfWeek, double minutes)
    {
        var count = 0;
        for (var i = 0; i < account.Starts.Length; i++)
        {
            var overlap = Overlap(account.Starts[i], account.Minutes[i], startMinuteOfWeek, minutes);
            if (overlap > 0 && overlap >= Math.Min(account.Minutes[i], minutes) / 2)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Minutes two stretches of the week share, the week wrapping from Sunday into Monday.</summary>
    internal static double Overlap(double aStart, double aMinutes, double bStart, double bMinutes)
    {
        var total = 0.0;
        for (var shift = -MinuteShares.MinutesPerWeek; shift <= MinuteShares.MinutesPerWeek; shift += MinuteShares.MinutesPerWeek)
        {
            total += Math.Max(0, Math.Min(aStart + aMinutes, bStart + shift + bMinutes) - Math.Max(aStart, bStart + shift));
        }

        return total;
    }

    public void Save(Stream stream) => JsonSerializer.Serialize(stream, _file, Json);

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    /// <summary>Reads a saved model; a file that is not one, or of another version, throws <see cref="InvalidDataException"/>.</summary>
    public static SlotModel Load(Stream stream)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            var version = document.RootElement.ValueKind == JsonValueKind.Object &&
                          document.RootElement.TryGetProperty(nameof(SlotModelFile.Version), out var v) && v.TryGetInt32(out var number)
                ? number
                : throw new InvalidDataException("not a LivePeak slot model: no version");
            if (version != FormatVersion)
            {
                throw new InvalidDataException($"the model file is version {version}; this LivePeak reads version {FormatVersion}");
            }

            var file = document.Deserialize<SlotModelFile>(Json) ?? throw new InvalidDataException("the model file is empty");
            return new SlotModel(file);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a LivePeak slot model: {e.Message}", e);
        }
    }

    public static SlotModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>The local month of a time, 1 to 12, as the model's season effect counts it.</summary>
    internal static int MonthOf(LocalDateTime time) => time.Month;
}
