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

    public void Add(OrderLine line)
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
            if (line.Quantity > 0)
            {
                cell.Orders.Add(OrderKey(line));
            }
        }

        cell.See(local.Date);
        See(local.Date);
    }

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
            mine.Orders.UnionWith(theirs.Orders);
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
        return new SlotStats(Length.SlotAt(index), cell.Orders.Count, cell.Items, cell.Gmv, cell.CancelledGmv, cell.FirstDate, cell.LastDate);
    }

    /// <summary>Every slot of the week, Monday 00:00 first, empty slots included.</summary>
    public IEnumerable<SlotStats> AllSlots()
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            yield return Stats(i);
        }
    }

    /// <summary>Orders are told apart by platform and shop as well as id: ids repeat across platforms.</summary>
    private static string OrderKey(OrderLine line) => string.Concat(line.Platform.ToSlug(), "\u001f", line.Shop, "\u001f", line.OrderId);

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

    private sealed class Cell
    {
        public HashSet<string> Orders { get; } = new(StringComparer.Ordinal);

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
