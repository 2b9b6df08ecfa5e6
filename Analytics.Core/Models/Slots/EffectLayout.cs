namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// Where each effect sits in the coefficient vector, and the row of weights a LIVE (or a window
/// to predict) puts on them. For the hour-of-day and day-of-week effects a LIVE that runs
/// 20:30-22:00 weighs hour 20 by 1/3 and hour 21 by 2/3: its rate is the minute-weighted mix of
/// the hours it covered. The day x hour effects go by the hour it starts in (rounded).
/// </summary>
internal sealed class EffectLayout
{
    public const int Platforms = 4;
    public const int Months = 12;
    public const int Hours = 24;
    public const int Days = 7;
    public const int DayHours = MinuteShares.HoursPerWeek;

    private static readonly EffectBlock[] AllBlocks = Enum.GetValues<EffectBlock>();

    private readonly int[] _offsets;
    private readonly int[] _sizes;

    /// <param name="shopLayers">False when one shop is fitted alone: its own layers would only
    /// repeat the group's, and two copies of one effect make its spread hard to estimate.</param>
    public EffectLayout(int accounts, int shops, bool interaction, bool shopLayers)
    {
        Accounts = accounts;
        Shops = shops;
        Interaction = interaction;
        ShopLayers = shopLayers;
        var layered = shopLayers ? shops : 0;
        _sizes =
        [
            Platforms, 1, accounts, Months, Hours, Days, interaction ? DayHours : 0,
            layered * Hours, layered * Days, interaction ? layered * DayHours : 0,
        ];
        _offsets = new int[_sizes.Length + 1];
        for (var b = 0; b < _sizes.Length; b++)
        {
            _offsets[b + 1] = _offsets[b] + _sizes[b];
        }
    }

    public int Accounts { get; }

    public int Shops { get; }

    public bool Interaction { get; }

    public bool ShopLayers { get; }

    /// <summary>The hour of the week a LIVE starting at this minute is said to start in: the nearest.</summary>
    public static int StartHour(double startMinuteOfWeek) =>
        (int)Math.Round(startMinuteOfWeek / 60, MidpointRounding.AwayFromZero) % MinuteShares.HoursPerWeek;

    public int Count => _offsets[^1];

    public static IReadOnlyList<EffectBlock> Blocks => AllBlocks;

    public static bool IsFixed(EffectBlock block) => block is EffectBlock.Length or EffectBlock.Platform;

    /// <summary>True for the blocks that make one slot of the week differ from another.</summary>
    public static bool IsSlotEffect(EffectBlock block) => block >= EffectBlock.Hour;

    public int Offset(EffectBlock block) => _offsets[(int)block];

    public int Size(EffectBlock block) => _sizes[(int)block];

    public EffectBlock BlockOf(int index)
    {
        for (var b = _sizes.Length - 1; b >= 0; b--)
        {
            if (index >= _offsets[b])
            {
                return (EffectBlock)b;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    /// <summary>
    /// The weights of one LIVE or window. <paramref name="shop"/> and <paramref name="account"/>
    /// are -1 for a shop or account the model has not seen: their effects are then zero (the
    /// group), and the level is the typical shop's of the platform.
    /// </summary>
    public void Row(int shop, int account, int platform, int month, double logLength, int startHour,
        List<(int Hour, double Share)> shares, List<(int Index, double Weight)> row, bool slotEffectsOnly = false)
    {
        row.Clear();
        if (!slotEffectsOnly)
        {
            row.Add((Offset(EffectBlock.Length), logLength));
            // A shop's level is its own; the platform's typical level is only its prior mean.
            row.Add(account >= 0 ? (Offset(EffectBlock.Account) + account, 1) : (Offset(EffectBlock.Platform) + platform, 1));

            row.Add((Offset(EffectBlock.Month) + month - 1, 1));
        }

        var first = row.Count;
        foreach (var (hourOfWeek, share) in shares)
        {
            var hour = hourOfWeek % Hours;
            var day = hourOfWeek / Hours;
            row.Add((Offset(EffectBlock.Hour) + hour, share));
            row.Add((Offset(EffectBlock.Day) + day, share));
            if (shop >= 0 && ShopLayers)
            {
                row.Add((Offset(EffectBlock.ShopHour) + shop * Hours + hour, share));
                row.Add((Offset(EffectBlock.ShopDay) + shop * Days + day, share));
            }
        }

        // The day x hour effects belong to the hour the LIVE starts in, whole: what a seller
        // chooses is when to start, and one cell per LIVE holds far more data than the thin
        // slices of several hours (this recovered planted best windows more often).
        if (Interaction)
        {
            row.Add((Offset(EffectBlock.DayHour) + startHour, 1));
            if (shop >= 0 && ShopLayers)
            {
                row.Add((Offset(EffectBlock.ShopDayHour) + shop * DayHours + startHour, 1));
            }
        }

        MergeFrom(row, first);
    }

    /// <summary>Sums the weights of repeated indices (a LIVE within one day weighs that day once, by 1).</summary>
    private static void MergeFrom(List<(int Index, double Weight)> row, int first)
    {
        row.Sort(first, row.Count - first, WeightComparer.Instance);
        var write = first;
        for (var read = first; read < row.Count; read++)
        {
            if (write > first && row[write - 1].Index == row[read].Index)
            {
                row[write - 1] = (row[read].Index, row[write - 1].Weight + row[read].Weight);
            }
            else
            {
                row[write++] = row[read];
            }
        }

        row.RemoveRange(write, row.Count - write);
    }

    private sealed class WeightComparer : IComparer<(int Index, double Weight)>
    {
        public static readonly WeightComparer Instance = new();

        public int Compare((int Index, double Weight) x, (int Index, double Weight) y) => x.Index.CompareTo(y.Index);
    }
}
