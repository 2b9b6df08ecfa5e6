namespace LivePeak.Analytics.Models.Slots;

/// <summary>Everything a fitted <see cref="SlotModel"/> holds, as it is saved to JSON.</summary>
internal sealed record SlotModelFile
{
    public int Version { get; init; } = SlotModel.FormatVersion;

    public required SlotModelOptions Options { get; init; }

    public required List<string> Shops { get; init; }

    public required List<SlotAccount> Accounts { get; init; }

    /// <summary>False when the model was fitted on one shop: its pattern is then the group's.</summary>
    public required bool ShopLayers { get; init; }

    /// <summary>The mean log length in hours: lengths enter as their log against it.</summary>
    public required double MeanLogHours { get; init; }

    public required double[] Coefficients { get; init; }

    /// <summary>Per coefficient, the summed squared weights of the LIVEs on it.</summary>
    public required double[] Squares { get; init; }

    /// <summary>Per <see cref="EffectBlock"/>: the variance of its effects (0 for fixed blocks).</summary>
    public required double[] BlockVariance { get; init; }

    /// <summary>Per coefficient: its penalty, residual variance over its prior variance.</summary>
    public required double[] Penalty { get; init; }

    /// <summary>Pooled residual variance of a LIVE's log rate.</summary>
    public required double Noise { get; init; }

    /// <summary>Floor, typical slot effect and month for shops the model has not seen.</summary>
    public required double Floor { get; init; }

    public required double TypicalSlotEffect { get; init; }

    public required int LatestMonth { get; init; }

    public required int LiveCount { get; init; }

    public required int ExcludedCount { get; init; }

    public required int Iterations { get; init; }
}
