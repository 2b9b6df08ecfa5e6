using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine;

/// <summary>What happened in one slot of the week, summed over every week of the input.</summary>
/// <param name="Orders">Distinct orders with a non-cancelled, positive-quantity line created in the slot.</param>
/// <param name="Items">Sum of quantities of non-cancelled lines (negative lines net out).</param>
/// <param name="Gmv">Sum of the revenue of non-cancelled lines.</param>
/// <param name="CancelledGmv">Sum of the revenue of cancelled lines.</param>
public sealed record SlotStats(
    Slot Slot,
    long Orders,
    decimal Items,
    Money Gmv,
    Money CancelledGmv,
    LocalDate? FirstDate,
    LocalDate? LastDate)
{
    /// <summary>LIVEs that started in this slot.</summary>
    public long Sessions { get; init; }

    /// <summary>Minutes of LIVE inside this slot (each LIVE's overlap with it, wall-clock time).</summary>
    public decimal LiveMinutes { get; init; }

    /// <summary>Viewers of the LIVEs, shared out over the slots each LIVE covers by its minutes there.</summary>
    public decimal Viewers { get; init; }

    /// <summary>Distinct orders created in this slot with a line attributed to a LIVE.</summary>
    public long LiveOrders { get; init; }

    public Money LiveGmv { get; init; }

    /// <summary>Distinct orders created in this slot with a line not attributed to any LIVE.</summary>
    public long OffLiveOrders { get; init; }

    public Money OffLiveGmv { get; init; }

    /// <summary>LIVE GMV per hour of LIVE in this slot; null with no LIVE minutes.</summary>
    public decimal? GmvPerLiveHour => LiveMinutes > 0 ? LiveGmv.ToDecimal() * 60m / LiveMinutes : null;

    public decimal? OrdersPerLiveHour => LiveMinutes > 0 ? LiveOrders * 60m / LiveMinutes : null;

    public decimal? OrdersPerThousandViewers => Viewers > 0 ? LiveOrders * 1000m / Viewers : null;
}
