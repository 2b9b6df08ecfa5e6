using System.Text;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// One worker thread's running totals, reused for every chunk it reads, so memory grows with
/// threads, slots and products, never with the file. All of it adds up across workers; what does
/// not (orders cut by a chunk boundary) is kept per chunk (<see cref="FastChunk"/>).
/// </summary>
internal sealed class FastTotals
{
    private readonly int _slots;
    // Cells of 256 products at a time (three longs each: items, GMV, lines), slot-major inside a
    // block. New products add a block; nothing is copied or over-allocated as the table grows.
    private const int BlockShift = 8;
    private const int BlockProducts = 1 << BlockShift;
    private readonly List<long[]> _blocks = [];
    private readonly (int Product, int Slot, long Quantity, long Revenue)[] _pending = new (int, int, long, long)[4096];
    private int _pendingCount;

    public FastTotals(SlotLength length)
    {
        _slots = length.SlotsPerWeek;
        Orders = new long[_slots];
        Items = new long[_slots];
        Gmv = new long[_slots];
        CancelledGmv = new long[_slots];
        MinDay = new int[_slots];
        MaxDay = new int[_slots];
        Array.Fill(MinDay, int.MaxValue);
        Array.Fill(MaxDay, int.MinValue);
    }

    public long[] Orders { get; }

    /// <summary>Quantities in ten-thousandths.</summary>
    public long[] Items { get; }

    public long[] Gmv { get; }

    public long[] CancelledGmv { get; }

    /// <summary>Earliest and latest <see cref="DateOnly.DayNumber"/> per slot.</summary>
    public int[] MinDay { get; }

    public int[] MaxDay { get; }

    public long Lines { get; set; }

    public ByteKeyTable Products { get; } = new();

    public List<string> ProductNames { get; } = [];

    /// <summary>Where each product was first seen (chunk, then row): the name shown is the one
    /// of the product's first row in the file, as on the general path.</summary>
    public List<long> ProductFirstSeen { get; } = [];

    public TextCache<(OrderStatus Status, bool Known, string Text)> Statuses { get; } = new();

    public Dictionary<int, long> UnknownStatusCounts { get; } = [];

    public TextCache<Platform> Platforms { get; } = new();

    public Dictionary<int, FastDay> Days { get; } = [];

    public void AddProduct(int slot, long quantity, long revenue, ReadOnlySpan<byte> productId, ReadOnlySpan<byte> productName, long position)
    {
        var id = Products.GetOrAdd(productId, out var added);
        if (added)
        {
            ProductNames.Add(Encoding.UTF8.GetString(productName));
            ProductFirstSeen.Add(position);
            if (id >> BlockShift >= _blocks.Count)
            {
                _blocks.Add(new long[BlockProducts * _slots * 3]);
            }
        }
        else if (position < ProductFirstSeen[id])
        {
            ProductNames[id] = Encoding.UTF8.GetString(productName);
            ProductFirstSeen[id] = position;
        }

        _pending[_pendingCount++] = (id, slot, quantity, revenue);
        if (_pendingCount == _pending.Length)
        {
            Flush();
        }
    }

    /// <summary>
    /// Adds the pending lines to their cells. A time-ordered log touches a slot's cells only a few
    /// times each before moving on, so nearly every cell is a cache miss; done in one tight loop
    /// the misses overlap instead of stalling each row in turn.
    /// </summary>
    private void Flush()
    {
        foreach (var (product, slot, quantity, revenue) in _pending.AsSpan(0, _pendingCount))
        {
            var cells = _blocks[product >> BlockShift];
            var at = Cell(product, slot);
            cells[at] += quantity;
            cells[at + 1] += revenue;
            cells[at + 2]++;
        }

        _pendingCount = 0;
    }

    private static int Cell(int product, int slot) => (slot * BlockProducts + (product & (BlockProducts - 1))) * 3;

    /// <summary>Each product's name and where it was first seen.</summary>
    public IEnumerable<(string ProductId, string Name, long FirstSeen)> ProductNamesSeen()
    {
        for (var id = 0; id < Products.Count; id++)
        {
            yield return (Encoding.UTF8.GetString(Products.KeyAt(id)), ProductNames[id], ProductFirstSeen[id]);
        }
    }

    /// <summary>Adds this worker's cells of one product (by its id bytes), if it saw the product, to per-slot sums.</summary>
    public void AddProductCells(ReadOnlySpan<byte> productId, Span<long> items, Span<long> gmv, Span<long> lines)
    {
        Flush();
        var id = Products.IndexOf(productId);
        if (id < 0)
        {
            return;
        }

        var cells = _blocks[id >> BlockShift];
        for (var slot = 0; slot < _slots; slot++)
        {
            var at = Cell(id, slot);
            items[slot] += cells[at];
            gmv[slot] += cells[at + 1];
            lines[slot] += cells[at + 2];
        }
    }

    public IEnumerable<(string Text, long Count)> UnknownStatuses =>
        UnknownStatusCounts.Select(kv => (Statuses[kv.Key].Text, kv.Value));
}

/// <summary>What a calendar day means for slots: its day number, ISO weekday, and whether the clock jumps.</summary>
internal readonly record struct FastDay(int DayNumber, int IsoDay, bool ClockChanges);
