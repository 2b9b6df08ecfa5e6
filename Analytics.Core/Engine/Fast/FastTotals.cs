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
    // Slot-major: rows of a time-ordered log stay within one slot's products for a while, so the
    // cells they touch stay in cache. Three longs per cell: items, GMV, lines.
    private long[] _cells;
    private int _productCapacity = 256;
    private readonly (int Cell, long Quantity, long Revenue)[] _pending = new (int, long, long)[4096];
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
        _cells = new long[_slots * _productCapacity * 3];
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
            if (id >= _productCapacity)
            {
                Grow();
            }
        }
        else if (position < ProductFirstSeen[id])
        {
            ProductNames[id] = Encoding.UTF8.GetString(productName);
            ProductFirstSeen[id] = position;
        }

        _pending[_pendingCount++] = (slot * _productCapacity + id, quantity, revenue);
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
        var cells = _cells;
        foreach (var (cell, quantity, revenue) in _pending.AsSpan(0, _pendingCount))
        {
            var at = cell * 3;
            cells[at] += quantity;
            cells[at + 1] += revenue;
            cells[at + 2]++;
        }

        _pendingCount = 0;
    }

    private void Grow()
    {
        Flush();
        var capacity = _productCapacity * 2;
        var cells = new long[_slots * capacity * 3];
        for (var slot = 0; slot < _slots; slot++)
        {
            Array.Copy(_cells, slot * _productCapacity * 3, cells, slot * capacity * 3, _productCapacity * 3);
        }

        _cells = cells;
        _productCapacity = capacity;
    }

    /// <summary>Each product's name and where it was first seen.</summary>
    public IEnumerable<(string ProductId, string Name, long FirstSeen)> ProductNamesSeen()
    {
        for (var id = 0; id < Products.Count; id++)
        {
            yield return (Encoding.UTF8.GetString(Products.KeyAt(id)), ProductNames[id], ProductFirstSeen[id]);
        }
    }

    public IEnumerable<(string ProductId, string Name, int Slot, long Items, long Gmv, long Lines)> ProductRows()
    {
        Flush();
        for (var id = 0; id < Products.Count; id++)
        {
            var productId = Encoding.UTF8.GetString(Products.KeyAt(id));
            for (var slot = 0; slot < _slots; slot++)
            {
                var at = (slot * _productCapacity + id) * 3;
                if (_cells[at + 2] != 0)
                {
                    yield return (productId, ProductNames[id], slot, _cells[at], _cells[at + 1], _cells[at + 2]);
                }
            }
        }
    }

    public IEnumerable<(string Text, long Count)> UnknownStatuses =>
        UnknownStatusCounts.Select(kv => (Statuses[kv.Key].Text, kv.Value));
}

/// <summary>What a calendar day means for slots: its day number, ISO weekday, and whether the clock jumps.</summary>
internal readonly record struct FastDay(int DayNumber, int IsoDay, bool ClockChanges);
