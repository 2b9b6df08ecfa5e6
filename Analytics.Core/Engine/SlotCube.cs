using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Analytics.Engine;

/// <summary>
/// Order lines aggregated by day of week x slot of the shop's local time. A cube is a partial
/// result: cubes built from any split of the input (per file, per thread, per machine) merge into
/// exactly the cube of one pass, because every measure is a sum or a set union.
/// </summary>
public sealed class SlotCube
{
    private readonly Cell[] _cells;

    public SlotCube(SlotLength length, string timeZoneId)
    {
        Length = length;
        TimeZoneId = timeZoneId;
        _cells = new Cell[length.SlotsPerWeek];
        for (var i = 0; i < _cells.Length; i++)
        {
            _cells[i] = new Cell();
        }
    }

    public SlotLength Length { get; }

    /// <summary>The zone whose wall-clock times the slots are in.</summary>
    public string TimeZoneId { get; }

    public LocalDate? FirstDate { get; private set; }

    public LocalDate? LastDate { get; private set; }

    /// <summary>Lines added, including cancelled ones.</summary>
    public long Lines { get; private set; }

    public static SlotCube Build(IEnumerable<OrderLine> lines, SlotLength length, string timeZoneId)
    {
        var cube = new SlotCube(length, timeZoneId);
        foreach (var line in lines)
        {
            cube.Add(line);
        }

        return cube;
    }

    /// <summary>
    /// A partial cube from totals aggregated elsewhere (a database that ran the same rules, see
    /// <c>Scale/</c>). Such a cube holds order counts, not order keys, so merging it into another
    /// cube adds its counts: exact when the two hold different orders (different shops,
    /// platforms, or shards that split the log by order), as sums of any partial cubes of
    /// disjoint orders are.
    /// </summary>
    public static SlotCube FromTotals(SlotLength length, string timeZoneId, IEnumerable<SlotTotals> slots, long sessionCount)
    {
        var cube = new SlotCube(length, timeZoneId) { SessionCount = sessionCount };
        foreach (var totals in slots)
        {
            if ((uint)totals.Index >= (uint)length.SlotsPerWeek)
            {
                throw new ArgumentOutOfRangeException(nameof(slots), totals.Index, $"slot index out of the {length.Minutes}-minute week");
            }

            var cell = cube._cells[totals.Index];
            cell.CountedOrders += totals.Orders;
            cell.CountedLiveOrders += totals.LiveOrders;
            cell.CountedOffLiveOrders += totals.OffLiveOrders;
            cell.Items += totals.Items;
            cell.Gmv += totals.Gmv;
            cell.CancelledGmv += totals.CancelledGmv;
            cell.LiveGmv += totals.LiveGmv;
            cell.OffLiveGmv += totals.OffLiveGmv;
            cell.Sessions += totals.Sessions;
            cell.LiveSeconds += totals.LiveSeconds;
            cell.Viewers += totals.Viewers;
            cube.Lines += totals.Lines;
            foreach (var date in new[] { totals.FirstDate, totals.LastDate })
            {
                if (date is { } d)
                {
                    cell.See(d);
                    cube.See(d);
                }
            }
        }

        return cube;
    }

    /// <summary>Adds an order line that belongs to no LIVE (or when no LIVEs are known).</summary>
    public void Add(OrderLine line) => Add(line, null);

    /// <summary>Adds an order line, split as LIVE or off-LIVE by the LIVE it was attributed to.</summary>
    public void Add(OrderLine line, LiveSession? live)
    {
        var local = line.CreatedLocal;
        var cell = _cells[Length.IndexOf(local)];
        Lines++;
        if (line.Status == OrderStatus.Cancelled)
        {
            cell.CancelledGmv += line.Revenue;
        }
        else
        {
            cell.Items += line.Quantity;
            cell.Gmv += line.Revenue;
            var key = OrderIdentity(line);
            if (live is null)
            {
                cell.OffLiveGmv += line.Revenue;
            }
            else
            {
                cell.LiveGmv += line.Revenue;
            }

            if (line.Quantity > 0)
            {
                cell.AddOrder(key, live is null ? OrderSeen.OffLive : OrderSeen.Live);
            }
        }

        cell.See(local.Date);
        See(local.Date);
    }

    /// <summary>
    /// Adds a LIVE's exposure: one session in the slot it started in, and its minutes (and viewers,
    /// in proportion) in every slot it overlaps, across midnight and from Sunday into Monday.
    /// </summary>
    public void AddSession(LiveSession session)
    {
        var start = session.StartLocal;
        _cells[Length.IndexOf(start)].Sessions++;
        SessionCount++;
        var viewers = session.Metrics.Viewers;
        var totalSeconds = ExposureSlices.SecondsBetween(start, session.EndLocal);
        if (totalSeconds <= 0)
        {
            if (viewers is { } v)
            {
                _cells[Length.IndexOf(start)].Viewers += v;
            }

            return;
        }

        foreach (var (index, seconds) in ExposureSlices.Split(start, session.EndLocal, Length))
        {
            var cell = _cells[index];
            cell.LiveSeconds += seconds;
            if (viewers is { } v)
            {
                // A share is rounded to a fixed 12 decimals so that sums stay exact and partial
                // cubes merge to exactly the one-pass cube (28-digit quotients do not).
                cell.Viewers += decimal.Round(v * seconds / (decimal)totalSeconds, ViewerShareDecimals, MidpointRounding.AwayFromZero);
            }
        }
    }

    /// <summary>
    /// Adds totals for one slot computed by a reader that counted distinct orders itself (the fast
    /// path counts each order once per slot within its file, without keeping its id). Such counts
    /// add up exactly as long as no order is counted by two producers, which holds for files whose
    /// orders are disjoint; the fast path is only used where it is. These sales are off-LIVE.
    /// </summary>
    internal void AddCounted(int index, long orders, decimal items, Money gmv, Money cancelledGmv, LocalDate? first, LocalDate? last, long lines)
    {
        var cell = _cells[index];
        cell.CountedOrders += orders;
        cell.CountedOffLiveOrders += orders;
        cell.Items += items;
        cell.Gmv += gmv;
        cell.OffLiveGmv += gmv;
        cell.CancelledGmv += cancelledGmv;
        if (first is { } f)
        {
            cell.See(f);
            See(f);
        }

        if (last is { } l)
        {
            cell.See(l);
            See(l);
        }

        Lines += lines;
    }

    /// <summary>Counts lines added by a producer that reported them in bulk.</summary>
    internal void AddLines(long lines) => Lines += lines;

    /// <summary>LIVEs added.</summary>
    public long SessionCount { get; private set; }

    /// <summary>Decimals kept of each LIVE's viewer share in a slot (as many as JSON prints).</summary>
    public const int ViewerShareDecimals = 12;

    /// <summary>Adds another partial cube into this one. Both must use the same slots and zone.</summary>
    public void Merge(SlotCube other)
    {
        if (other.Length != Length || !string.Equals(other.TimeZoneId, TimeZoneId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"cannot merge a {other.Length.Minutes}-minute cube in {other.TimeZoneId} into a {Length.Minutes}-minute cube in {TimeZoneId}");
        }

        for (var i = 0; i < _cells.Length; i++)
        {
            var mine = _cells[i];
            var theirs = other._cells[i];
            mine.Items += theirs.Items;
            mine.Gmv += theirs.Gmv;
            mine.CancelledGmv += theirs.CancelledGmv;
            foreach (var (key, seen) in theirs.Orders)
            {
                mine.AddOrder(key, seen);
            }

            mine.CountedOrders += theirs.CountedOrders;
            mine.CountedLiveOrders += theirs.CountedLiveOrders;
            mine.CountedOffLiveOrders += theirs.CountedOffLiveOrders;
            mine.LiveGmv += theirs.LiveGmv;
            mine.OffLiveGmv += theirs.OffLiveGmv;
            mine.Sessions += theirs.Sessions;
            mine.LiveSeconds += theirs.LiveSeconds;
            mine.Viewers += theirs.Viewers;
            if (theirs.FirstDate is { } first)
            {
                mine.See(first);
            }

            if (theirs.LastDate is { } last)
            {
                mine.See(last);
            }
        }

        Lines += other.Lines;
        SessionCount += other.SessionCount;
        if (other.FirstDate is { } f)
        {
            See(f);
        }

        if (other.LastDate is { } l)
        {
            See(l);
        }
    }

    public SlotStats this[Slot slot] => Stats(slot.Index);

    public SlotStats Stats(int index)
    {
        var cell = _cells[index];
        return new SlotStats(Length.SlotAt(index), cell.Orders.Count + cell.CountedOrders, cell.Items, cell.Gmv, cell.CancelledGmv, cell.FirstDate, cell.LastDate)
        {
            Sessions = cell.Sessions,
            LiveMinutes = cell.LiveSeconds / 60m,
            Viewers = cell.Viewers,
            LiveOrders = cell.LiveOrderCount + cell.CountedLiveOrders,
            LiveGmv = cell.LiveGmv,
            OffLiveOrders = cell.OffLiveOrderCount + cell.CountedOffLiveOrders,
            OffLiveGmv = cell.OffLiveGmv,
        };
    }

    /// <summary>Every slot of the week, Monday 00:00 first, empty slots included.</summary>
    public IEnumerable<SlotStats> AllSlots()
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            yield return Stats(i);
        }
    }

    /// <summary>
    /// Orders are told apart by platform, shop, id and the day they were created: ids repeat across
    /// platforms, and a POS log's invoice numbers may start again another month or at another till.
    /// Cells keep its hash (<see cref="OrderIdentity"/>), not the text.
    /// </summary>
    internal static string OrderKey(OrderLine line) =>
        string.Concat(line.Platform.ToSlug(), "\u001f", line.Shop, "\u001f", line.OrderId, "\u001f",
            line.CreatedLocal.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// The <see cref="IdentityHash"/> of <see cref="OrderKey"/>'s text, written into a stack buffer
    /// instead of a new string: the cube, the ledger, the daily totals and the product mix each
    /// take it for every line.
    /// </summary>
    internal static IdentityHash OrderIdentity(OrderLine line)
    {
        var key = new IdentityText(stackalloc char[256]);
        key.Part(line.Platform.ToSlug());
        key.Part(line.Shop);
        key.Part(line.OrderId);
        var date = line.CreatedLocal.Date;
        key.PartPadded(date.Year, 4);
        key.AppendPadded(date.Month, 2);
        key.AppendPadded(date.Day, 2);
        return key.Hash();
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

    /// <summary>Where a slot's order had lines: during a LIVE, off-LIVE, or both.</summary>
    [Flags]
    private enum OrderSeen : byte
    {
        None = 0,
        OffLive = 1,
        Live = 2,
    }

    private sealed class Cell
    {
        /// <summary>
        /// Each distinct order once, with where its lines fell: one entry serves the orders, LIVE
        /// orders and off-LIVE orders counts, where three sets kept most orders twice.
        /// </summary>
        public Dictionary<IdentityHash, OrderSeen> Orders { get; } = [];

        public long LiveOrderCount { get; private set; }

        public long OffLiveOrderCount { get; private set; }

        public void AddOrder(IdentityHash order, OrderSeen where)
        {
            ref var seen = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Orders, order, out _);
            var added = where & ~seen;
            seen |= where;
            LiveOrderCount += (added & OrderSeen.Live) != 0 ? 1 : 0;
            OffLiveOrderCount += (added & OrderSeen.OffLive) != 0 ? 1 : 0;
        }

        // Distinct orders counted by whoever aggregated a cube from totals (no keys to union).
        public long CountedOrders { get; set; }

        public long CountedLiveOrders { get; set; }

        public long CountedOffLiveOrders { get; set; }

        public Money LiveGmv { get; set; }

        public Money OffLiveGmv { get; set; }

        public long Sessions { get; set; }

        public long LiveSeconds { get; set; }

        public decimal Viewers { get; set; }

        public decimal Items { get; set; }

        public Money Gmv { get; set; }

        public Money CancelledGmv { get; set; }

        public LocalDate? FirstDate { get; private set; }

        public LocalDate? LastDate { get; private set; }

        public void See(LocalDate date)
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
    }
}
