using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using System.Text;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// One worker thread's running totals, reused for every chunk it reads, so memory grows with
/// threads, slots and products, never with the file. All of it adds up across workers; what does
/// not (orders cut by a chunk boundary) is kept per chunk (<see cref="FastChunk"/>).
/// <para>
/// A run of many files reuses the same totals for each file (<see cref="FastTotalsPool"/>): a
/// day's export fills a few thousand of the product x slot cells, so the cells it filled are
/// listed as they fill, and only those are merged and cleared afterwards. A long log fills most
/// cells; past <see cref="DefaultMaxListedCells"/> the list stops and the merge walks every cell.
/// </para>
/// </summary>
internal sealed class FastTotals
{
    private readonly int _slots;
    // Cells of 256 products at a time (three longs each: items, GMV, lines), slot-major inside a
    // block. New products add a block; nothing is copied or over-allocated as the table grows.
    internal const int BlockShift = 8;
    private const int BlockProducts = 1 << BlockShift;
    private readonly List<long[]> _blocks = [];
    private readonly (int Product, int Slot, long Quantity, long Revenue)[] _pending = new (int, int, long, long)[4096];
    private int _pendingCount;
    /// <summary>About two megabytes of list; a day's or a week's export stays well under it.</summary>
    public const int DefaultMaxListedCells = 1 << 18;
    private readonly int _maxListedCells;
    private const int SlotBits = 16;
    // Filled cells as product << SlotBits | slot, while _listsCells: true until a file fills more
    // than _maxListedCells cells (see the class remarks).
    private readonly List<long> _filled = [];
    private bool _listsCells = true;

    public FastTotals(SlotLength length, int maxListedCells = DefaultMaxListedCells)
    {
        _maxListedCells = maxListedCells;
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

    /// <summary>True when every cell filled so far (pending lines included) is listed.</summary>
    public bool ListsAllFilledCells()
    {
        Flush();
        return _listsCells;
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

    /// <summary>
    /// Product ids numbered for as long as the totals live (one run), not per file: a day's export
    /// names most of the run's products again, and numbering them afresh for each file (clearing
    /// the table, adding every id, decoding every name, numbering each again for the run's cells)
    /// cost a year of daily exports about 4% of its time (perf samples of interning, clearing and
    /// adding products 717 -> 529 of about 4,300).
    /// </summary>
    public ByteKeyTable Products { get; } = new();

    // Per product number: where it was first seen in this file (chunk, then row: the name shown is
    // the one of the product's first row in the file, as on the general path; long.MaxValue when
    // not seen in it), that row's name when it is not the id itself (kept as bytes, replaced only
    // when it differs), and its number in the run's cells (for _numberedFor).
    private readonly List<long> _firstSeen = [];
    private readonly List<byte[]?> _names = [];
    private readonly List<int> _runNumbers = [];
    private RunProductCells? _numberedFor;

    public TextCache<(OrderStatus Status, bool Known, string Text)> Statuses { get; private set; } = new();

    public Dictionary<int, long> UnknownStatusCounts { get; } = [];

    public TextCache<Platform> Platforms { get; private set; } = new();

    public Dictionary<int, FastDay> Days { get; private set; } = [];

    public void AddProduct(int slot, long quantity, long revenue, ReadOnlySpan<byte> productId, ReadOnlySpan<byte> productName, long position)
    {
        var id = Products.GetOrAdd(productId, out var added);
        if (added)
        {
            AddNumber(id);
        }

        if (position < _firstSeen[id])
        {
            _firstSeen[id] = position;
            SetName(id, productId, productName);
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
    /// the misses overlap instead of stalling each row in turn, and more of them do when each
    /// line's cell is asked for a few lines ahead (<see cref="Prefetch"/>).
    /// </summary>
    private void Flush()
    {
        var pending = _pending.AsSpan(0, _pendingCount);
        for (var i = 0; i < pending.Length; i++)
        {
            if (i + PrefetchAhead < pending.Length)
            {
                var ahead = pending[i + PrefetchAhead];
                Prefetch(_blocks[ahead.Product >> BlockShift], Cell(ahead.Product, ahead.Slot));
            }

            var (product, slot, quantity, revenue) = pending[i];
            var cells = _blocks[product >> BlockShift];
            var at = Cell(product, slot);
            cells[at] += quantity;
            cells[at + 1] += revenue;
            // Tested in this order, the branch is always false for a long log once the list is
            // given up, and costs nothing there.
            var linesBefore = cells[at + 2]++;
            if (_listsCells && linesBefore == 0)
            {
                ListFilled(product, slot);
            }
        }

        _pendingCount = 0;
    }

    private void ListFilled(int product, int slot)
    {
        if (_filled.Count >= _maxListedCells)
        {
            _listsCells = false;
            _filled.Clear();
            return;
        }

        _filled.Add((long)product << SlotBits | (uint)slot);
    }

    private static (int Product, int Slot) Unpack(long packed) => ((int)(packed >> SlotBits), (int)(packed & ((1 << SlotBits) - 1)));

    /// <summary>Where a product's cell of a slot starts in its block (<see cref="NewBlock"/>).</summary>
    internal static int Cell(int product, int slot) => (slot * BlockProducts + (product & (BlockProducts - 1))) * 3;

    /// <summary>The cells of the next 256 products.</summary>
    internal static long[] NewBlock(int slots) => new long[BlockProducts * slots * 3];

    /// <summary>Makes room for a product number new to these totals.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddNumber(int id)
    {
        _firstSeen.Add(long.MaxValue);
        _names.Add(null);
        _runNumbers.Add(-1);
        if (id >> BlockShift >= _blocks.Count)
        {
            _blocks.Add(NewBlock(_slots));
        }
    }

    // Out of line: called once per product and file, and the row's add stays small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SetName(int id, ReadOnlySpan<byte> productId, ReadOnlySpan<byte> productName)
    {
        if (productName.SequenceEqual(productId))
        {
            _names[id] = null;
        }
        else if (_names[id] is not { } known || !productName.SequenceEqual(known))
        {
            _names[id] = productName.ToArray();
        }
    }

    private bool SeenInThisFile(int id) => id >= 0 && _firstSeen[id] != long.MaxValue;

    private string NameOf(int id) => Encoding.UTF8.GetString(_names[id] ?? Products.KeyAt(id));

    /// <summary>The name of the product's first row in this file and where that was, if this worker saw it there.</summary>
    public (string Name, long FirstSeen)? FirstNameOf(ReadOnlySpan<byte> productId)
    {
        var id = Products.IndexOf(productId);
        return SeenInThisFile(id) ? (NameOf(id), _firstSeen[id]) : null;
    }

    /// <summary>Each product of this file: its name and where it was first seen.</summary>
    public IEnumerable<(string ProductId, string Name, long FirstSeen)> ProductNamesSeen()
    {
        for (var id = 0; id < Products.Count; id++)
        {
            if (SeenInThisFile(id))
            {
                yield return (Encoding.UTF8.GetString(Products.KeyAt(id)), NameOf(id), _firstSeen[id]);
            }
        }
    }

    /// <summary>Adds this worker's cells of one product (by its id bytes), if it saw the product, to per-slot sums.</summary>
    public void AddProductCells(ReadOnlySpan<byte> productId, Span<long> items, Span<long> gmv, Span<long> lines)
    {
        Flush();
        var id = Products.IndexOf(productId);
        if (!SeenInThisFile(id))
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

    /// <summary>
    /// Adds every listed cell to the run's cells (<paramref name="run"/>), numbering each product for
    /// the run the first time it comes up here, named by <paramref name="nameOf"/> when new to the
    /// run; only when <see cref="ListsAllFilledCells"/>.
    /// </summary>
    public void AddListedCells(RunProductCells run, Func<string, string> nameOf)
    {
        Flush();
        if (!_listsCells)
        {
            throw new InvalidOperationException("too many cells were filled to list them; merge product by product");
        }

        // A worker's numbers hold for the whole run, so do their numbers in the run's cells.
        var numbers = CollectionsMarshal.AsSpan(_runNumbers);
        if (!ReferenceEquals(_numberedFor, run))
        {
            numbers.Fill(-1);
            _numberedFor = run;
        }

        var filled = CollectionsMarshal.AsSpan(_filled);
        for (var i = 0; i < filled.Length; i++)
        {
            if (i + PrefetchAhead < filled.Length)
            {
                var (aheadProduct, aheadSlot) = Unpack(filled[i + PrefetchAhead]);
                Prefetch(_blocks[aheadProduct >> BlockShift], Cell(aheadProduct, aheadSlot));
                if (numbers[aheadProduct] >= 0)
                {
                    run.Prefetch(numbers[aheadProduct], aheadSlot);
                }
            }

            var (product, slot) = Unpack(filled[i]);
            var number = numbers[product];
            if (number < 0)
            {
                number = numbers[product] = run.NumberOf(Products.KeyAt(product), nameOf);
            }

            var cells = _blocks[product >> BlockShift];
            var at = Cell(product, slot);
            run.AddCell(number, slot, cells[at], cells[at + 1], cells[at + 2]);
        }
    }

    // How many cells ahead Flush and AddListedCells ask for one. Their cells are nearly all cache
    // misses, and the processor alone overlaps only the few its window holds: asking ahead took
    // Flush from 11% to 6-8% of a 10M-row run's samples and the merge of 365 daily files from 12%
    // to 8-9% of theirs; 24 ahead did no better than 8.
    private const int PrefetchAhead = 8;

    /// <summary>Asks for a cell's cache line ahead of its use (a hint: nothing changes if ignored).</summary>
    internal static unsafe void Prefetch(long[] cells, int at)
    {
        if (Sse.IsSupported)
        {
            fixed (long* cell = &cells[at])
            {
                Sse.Prefetch0(cell);
            }
        }
    }

    /// <summary>Empties the totals for the next file, keeping the cell blocks (clearing only the
    /// cells filled, when they are listed) so a run of many files does not allocate per file.</summary>
    public void Reset()
    {
        Flush();
        if (_listsCells)
        {
            foreach (var packed in _filled)
            {
                var (product, slot) = Unpack(packed);
                _blocks[product >> BlockShift].AsSpan(Cell(product, slot), 3).Clear();
            }
        }
        else
        {
            foreach (var block in _blocks)
            {
                Array.Clear(block);
            }
        }

        _filled.Clear();
        _listsCells = true;
        foreach (var perSlot in new[] { Orders, Items, Gmv, CancelledGmv })
        {
            Array.Clear(perSlot);
        }

        Array.Fill(MinDay, int.MaxValue);
        Array.Fill(MaxDay, int.MinValue);
        Lines = 0;
        // Names and texts are the file's own (a status text's meaning depends on its layout);
        // product numbers are kept, and each product is seen in the next file afresh.
        CollectionsMarshal.AsSpan(_firstSeen).Fill(long.MaxValue);
        Statuses = new();
        UnknownStatusCounts.Clear();
        Platforms = new();
        Days = [];
    }

    public IEnumerable<(string Text, long Count)> UnknownStatuses =>
        UnknownStatusCounts.Select(kv => (Statuses[kv.Key].Text, kv.Value));
}

/// <summary>What a calendar day means for slots: its day number, ISO weekday, and whether the clock jumps.</summary>
internal readonly record struct FastDay(int DayNumber, int IsoDay, bool ClockChanges);
