using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// One shop on one platform as the model knows it: its LIVEs (when they started and how long they
/// ran, to count the LIVEs behind a window) and what it takes to turn the log scale back into
/// money. A JSON-friendly part of a saved model.
/// </summary>
public sealed record SlotAccount
{
    public required string Shop { get; init; }

    public required Platform Platform { get; init; }

    /// <summary>Position of the shop in the model's shop list.</summary>
    public required int ShopIndex { get; init; }

    /// <summary>The rate added before taking logs (see <see cref="SlotModelOptions.ZeroFloorShare"/>).</summary>
    public required double Floor { get; init; }

    /// <summary>Variance of one LIVE's log rate around the model, shrunk toward the pooled value.</summary>
    public required double NoiseVariance { get; init; }

    /// <summary>The month of the latest LIVE: predictions are for the coming weeks.</summary>
    public required int LatestMonth { get; init; }

    /// <summary>The slot effects of the shop's typical live hour: the mean over its LIVEs.</summary>
    public required double TypicalSlotEffect { get; init; }

    /// <summary>Total GMV (or orders) of its LIVEs.</summary>
    public required double Total { get; init; }

    public required double LiveHours { get; init; }

    /// <summary>Start of each LIVE as minutes after Monday 00:00.</summary>
    public required int[] Starts { get; init; }

    public required double[] Minutes { get; init; }

    public int Lives => Starts.Length;

    /// <summary>The shop's own average per live hour: total over live hours.</summary>
    public double AveragePerHour => LiveHours > 0 ? Total / LiveHours : 0;
}
