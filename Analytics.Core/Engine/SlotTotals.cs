using NodaTime;

namespace LivePeak.Analytics.Engine;

/// <summary>
/// One slot's measures as another aggregator computed them with the cube's rules, to be turned
/// into a <see cref="SlotCube"/> by <see cref="SlotCube.FromTotals"/>. LIVE time is in whole
/// seconds, as the cube keeps it, so minutes come out exactly as the cube's own.
/// </summary>
/// <param name="Index">The slot of the week, Monday 00:00 = 0 (see <see cref="Domain.SlotLength.IndexOf"/>).</param>
/// <param name="Lines">Order lines created in the slot, cancelled ones included.</param>
/// <param name="FirstDate">The earliest local date of a line in the slot; null with no lines.</param>
public sealed record SlotTotals(int Index)
{
    public long Lines { get; init; }

    public long Orders { get; init; }

    public decimal Items { get; init; }

    public Domain.Money Gmv { get; init; }

    public Domain.Money CancelledGmv { get; init; }

    public LocalDate? FirstDate { get; init; }

    public LocalDate? LastDate { get; init; }

    public long Sessions { get; init; }

    public long LiveSeconds { get; init; }

    public decimal Viewers { get; init; }

    public long LiveOrders { get; init; }

    public Domain.Money LiveGmv { get; init; }

    public long OffLiveOrders { get; init; }

    public Domain.Money OffLiveGmv { get; init; }
}
