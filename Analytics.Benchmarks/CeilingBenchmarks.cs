using BenchmarkDotNet.Attributes;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;

namespace LivePeak.Benchmarks;

/// <summary>
/// Question: how fast could one core fill the same cube (distinct orders, items, GMV per hour of
/// the week) and product x slot table if it checked nothing, and if it made every check for this
/// one layout in a single pass? The first is a loop written for this file shape only: canonical
/// rows, numeric order ids, fixed-width times, product ids of at most eight bytes, no rejects, no
/// trimming, no quotes, no time zone rules, and an order counted again whenever its run of lines
/// is broken: the ceiling an exact reader works under. The second (<see cref="CheckedLoop"/>) adds
/// the checks an exact reader of this layout must make, fused into that loop, and counts the rows
/// it would hand to a slower reader. Neither is a reader: <see cref="Setup"/> checks both give the
/// engine's totals on the benchmark file, with no row handed over.
/// </summary>
[Config(typeof(ThroughputConfig))]
[MemoryDiagnoser]
public class CeilingBenchmarks
{
    private const int Slots = 7 * 24;
    private const int CellsPerBatch = 4096;
    private const int MaxProducts = 8192;
    private string _path = string.Empty;

    [Params(10_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.EnsureCanonical(Rows);
        var run = CubeRun.Run([_path], new ImportOptions(), new CubeOptions { SlotLength = SlotLength.Hour },
            new CubeRunOptions { FastPath = true, Threads = 1 });
        var slots = run.Builder.Cube.AllSlots();
        var engine = (run.Builder.Cube.Lines, slots.Sum(s => s.Orders), slots.Sum(s => s.Gmv.TenThousandths) / 10_000);
        var ceiling = Fill(_path, productTable: true);
        if ((ceiling.Lines, ceiling.Orders, ceiling.Gmv) != engine)
        {
            throw new InvalidOperationException($"the no-checks loop gives {ceiling}, the engine {engine}: the file is not of the shape it assumes");
        }

        var checkedLoop = new CheckedLoop();
        var checkedTotals = checkedLoop.Fill(_path, ClockChanges);
        if (checkedTotals != engine || checkedLoop.Unread != 0 || checkedLoop.NotAdjacent)
        {
            throw new InvalidOperationException($"the checked loop gives {checkedTotals} with {checkedLoop.Unread} rows unread, the engine {engine}");
        }
    }

    private static readonly NodaTime.DateTimeZone Zone = NodaTime.DateTimeZoneProviders.Tzdb[ImportOptions.DefaultTimeZoneId];

    /// <summary>Whether the shop's clock jumps that day (DST), as the fast path asks once per date.</summary>
    private static bool ClockChanges(DateOnly date)
    {
        var day = NodaTime.LocalDate.FromDateOnly(date);
        return Zone.AtStartOfDay(day.PlusDays(1)).ToInstant() - Zone.AtStartOfDay(day).ToInstant() != NodaTime.Duration.FromHours(24);
    }

    [Benchmark(Baseline = true, Description = "Fast path, 1 thread")]
    public long FastPath() => CubeQuery.Run(_path, fastPath: true, 1);

    [Benchmark(Description = "No checks, product cells in batches")]
    public long NoChecks() => Fill(_path, productTable: true).Lines;

    [Benchmark(Description = "Checks for this layout, fused")]
    public long ChecksFused() => new CheckedLoop().Fill(_path, ClockChanges).Lines;

    [Benchmark(Description = "No checks, no product table")]
    public long NoChecksNoProducts() => Fill(_path, productTable: false).Lines;

    private static (long Lines, long Orders, long Gmv) Fill(string path, bool productTable)
    {
        using var handle = File.OpenHandle(path);
        var buffer = new byte[4 << 20];
        var orders = new long[Slots];
        var gmv = new long[Slots];
        var items = new long[Slots];
        var lines = new long[Slots];
        var keys = new ulong[1 << 16];
        var ids = new int[1 << 16];
        var products = 0;
        var cells = new long[MaxProducts * Slots * 3];
        var batch = new (int Cell, long Quantity, long Amount)[CellsPerBatch];
        var batched = 0;
        var lastOrder = ulong.MaxValue;
        var lastOrderSlot = -1;
        var lastDate = new byte[10];
        var dayStart = 0;
        var header = true;
        long offset = 0;
        var kept = 0;
        while (true)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(kept), offset);
            offset += read;
            var filled = kept + read;
            var pos = 0;
            while (true)
            {
                var newline = buffer.AsSpan(pos, filled - pos).IndexOf((byte)'\n');
                if (newline < 0 && (read > 0 || pos == filled))
                {
                    break;
                }

                var line = newline < 0 ? buffer.AsSpan(pos, filled - pos) : buffer.AsSpan(pos, newline);
                pos += newline < 0 ? line.Length : newline + 1;
                if (header)
                {
                    header = false;
                    continue;
                }

                var comma = line.IndexOf((byte)',');
                ulong order = 0;
                foreach (var digit in line[..comma])
                {
                    order = order * 10 + (ulong)(digit - '0');
                }

                var time = line.Slice(comma + 1, 19);
                if (!time[..10].SequenceEqual(lastDate))
                {
                    time[..10].CopyTo(lastDate);
                    var date = new DateOnly(Number(time[..4]), Number(time.Slice(5, 2)), Number(time.Slice(8, 2)));
                    dayStart = ((int)date.DayOfWeek + 6) % 7 * 24;
                }

                var slot = dayStart + Number(time.Slice(11, 2));
                var rest = line[(comma + 21)..];
                rest = rest[(rest.IndexOf((byte)',') + 1)..]; // the shop
                var productEnd = rest.IndexOf((byte)',');
                var product = rest[..productEnd];
                rest = rest[(productEnd + 1)..];
                var quantityEnd = rest.IndexOf((byte)',');
                long quantity = Number(rest[..quantityEnd]);
                long amount = 0;
                foreach (var digit in rest[(quantityEnd + 1)..].TrimEnd((byte)'\r'))
                {
                    amount = amount * 10 + (digit - '0');
                }

                lines[slot]++;
                items[slot] += quantity;
                gmv[slot] += amount;
                if (order != lastOrder || slot != lastOrderSlot)
                {
                    orders[slot]++;
                    (lastOrder, lastOrderSlot) = (order, slot);
                }

                if (!productTable)
                {
                    continue;
                }

                ulong key = 0;
                for (var i = 0; i < product.Length; i++)
                {
                    key |= (ulong)product[i] << (8 * i);
                }

                var at = (int)((key * 0x9E3779B97F4A7C15UL) >> 48);
                while (keys[at] != key && keys[at] != 0)
                {
                    at = (at + 1) & (keys.Length - 1);
                }

                if (keys[at] == 0)
                {
                    if (products == MaxProducts || product.Length > 8)
                    {
                        throw new InvalidOperationException("more products, or longer ids, than the no-checks loop is written for");
                    }

                    (keys[at], ids[at]) = (key, products++);
                }

                batch[batched++] = ((ids[at] * Slots + slot) * 3, quantity, amount);
                if (batched == CellsPerBatch)
                {
                    AddBatch(cells, batch);
                    batched = 0;
                }
            }

            kept = filled - pos;
            buffer.AsSpan(pos, kept).CopyTo(buffer);
            if (read == 0)
            {
                break;
            }
        }

        AddBatch(cells, batch.AsSpan(0, batched));
        return (lines.Sum(), orders.Sum(), gmv.Sum());
    }

    /// <summary>The cells of many lines at once, so their cache misses overlap (as the fast path does).</summary>
    private static void AddBatch(long[] cells, ReadOnlySpan<(int Cell, long Quantity, long Amount)> batch)
    {
        foreach (var (cell, quantity, amount) in batch)
        {
            cells[cell] += quantity;
            cells[cell + 1] += amount;
            cells[cell + 2]++;
        }
    }

    private static int Number(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = value * 10 + (digit - '0');
        }

        return value;
    }
}
