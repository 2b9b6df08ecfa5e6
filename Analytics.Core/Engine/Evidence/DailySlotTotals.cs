using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine.Evidence;

/// <summary>
/// GMV and orders per calendar date and slot of the day. The week cube sums every Monday into one
/// cell; this keeps the days apart, so a claim about Mondays can say how much Mondays differ.
/// </summary>
public sealed class DailySlotTotals(SlotLength length)
{
    private readonly Dictionary<LocalDate, Day> _days = [];

    public SlotLength Length { get; } = length;

    public LocalDate? FirstDate { get; private set; }

    public LocalDate? LastDate { get; private set; }

    /// <summary>Adds a line: cancelled lines and non-positive quantities add no order, as in the cube.</summary>
    public void Add(OrderLine line)
    {
        var local = line.CreatedLocal;
        See(local.Date);
        if (line.Status == OrderStatus.Cancelled)
        {
            return;
        }

        if (!_days.TryGetValue(local.Date, out var day))
        {
            _days[local.Date] = day = new Day(Length.SlotsPerDay);
        }

        var slot = (local.Hour * 60 + local.Minute) / Length.Minutes;
        day.Gmv[slot] += line.Revenue;
        if (line.Quantity > 0)
        {
            (day.Orders[slot] ??= []).Add(SlotCube.OrderIdentity(line));
        }
    }

    /// <summary>Every date from the first to the last seen, days without sales included.</summary>
    public IEnumerable<LocalDate> Dates()
    {
        if (FirstDate is not { } first || LastDate is not { } last)
        {
            yield break;
        }

        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            yield return d;
        }
    }

    public Money Gmv(LocalDate date, int slotOfDay) =>
        _days.TryGetValue(date, out var day) ? day.Gmv[slotOfDay] : Money.Zero;

    public long Orders(LocalDate date, int slotOfDay) =>
        _days.TryGetValue(date, out var day) ? (day.Orders[slotOfDay]?.Count ?? 0) + day.CountedOrders[slotOfDay] : 0;

    /// <summary>
    /// Adds a date and slot's totals aggregated elsewhere (a database applying the same rules): an
    /// order count rather than order keys, exact when the parts hold different orders.
    /// </summary>
    /// <param name="seen">Whether the date had any line at all (a cancelled one included), which
    /// makes it part of <see cref="Dates"/>.</param>
    public void AddTotals(LocalDate date, int slotOfDay, Money gmv, long orders, bool seen = true)
    {
        if (seen)
        {
            See(date);
        }

        if (!_days.TryGetValue(date, out var day))
        {
            _days[date] = day = new Day(Length.SlotsPerDay);
        }

        day.Gmv[slotOfDay] += gmv;
        day.CountedOrders[slotOfDay] += orders;
    }

    /// <summary>GMV from <paramref name="startMinute"/> for <paramref name="minutes"/> minutes on a date,
    /// running on into the next date past midnight. Both must fall on slot boundaries.</summary>
    public Money GmvInWindow(LocalDate date, int startMinute, int minutes)
    {
        var total = Money.Zero;
        for (var m = startMinute; m < startMinute + minutes; m += Length.Minutes)
        {
            total += Gmv(date.PlusDays(m / 1440), m % 1440 / Length.Minutes);
        }

        return total;
    }

    /// <summary>Adds another partial table (per file or per thread) into this one.</summary>
    public void Merge(DailySlotTotals other)
    {
        if (other.Length != Length)
        {
            throw new InvalidOperationException("cannot merge daily totals of different slot lengths");
        }

        foreach (var (date, theirs) in other._days)
        {
            if (!_days.TryGetValue(date, out var mine))
            {
                _days[date] = mine = new Day(Length.SlotsPerDay);
            }

            for (var i = 0; i < Length.SlotsPerDay; i++)
            {
                mine.Gmv[i] += theirs.Gmv[i];
                mine.CountedOrders[i] += theirs.CountedOrders[i];
                if (theirs.Orders[i] is { } orders)
                {
                    (mine.Orders[i] ??= []).UnionWith(orders);
                }
            }
        }

        if (other.FirstDate is { } f)
        {
            See(f);
        }

        if (other.LastDate is { } l)
        {
            See(l);
        }
    }

    private void See(LocalDate date)
    {
        if (FirstDate is null || date < FirstDate)
        {
            FirstDate = date;
        }

        if (LastDate is null || date > LastDate)
        {
            LastDate = date;
        }
    }

    private sealed class Day(int slots)
    {
        public Money[] Gmv { get; } = new Money[slots];

        public HashSet<IdentityHash>?[] Orders { get; } = new HashSet<IdentityHash>?[slots];

        public long[] CountedOrders { get; } = new long[slots];
    }
}
