namespace LivePeak.Analytics.Domain;

/// <summary>
/// The four states the cube distinguishes. Platforms have dozens of status texts; each layout maps
/// its own to one of these (see <c>Import/Layouts</c>). Only <see cref="Cancelled"/> is left out of
/// orders, items and GMV: a returned order was still sold in its slot, and a pending one is a sale
/// in progress.
/// </summary>
public enum OrderStatus
{
    Completed = 0,
    Pending = 1,
    Returned = 2,
    Cancelled = 3,
}
