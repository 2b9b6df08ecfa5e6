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
    LocalDate? LastDate);
