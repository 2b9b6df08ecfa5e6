using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Tables;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>What the fast path made of one file: the same accounting, cube and products as the
/// general path, and the rejects in file order.</summary>
/// <param name="RowsReadFast">Rows decided from bytes alone, without the general reader.</param>
/// <param name="RowsReadNarrow">Of those, rows read in one pass as plain narrow records (<see cref="FastPlan.NarrowRows"/>).</param>
public sealed record FastResult(FileReport Report, SlotCube Cube, ProductSlotTable Products, IReadOnlyList<RejectedRow> Rejects, long RowsReadFast, long RowsReadNarrow);

/// <summary>
/// The hot path for CSV order logs: byte-level parsing of only the needed columns, fixed-point
/// amounts, per-chunk partial cubes on several threads, merged at the end. Memory is bounded by
/// the cube, the product table and a few buffers, not by the file.
/// <para>
/// Chunks start at a line break near an even split of the file. A line break inside a quoted field
/// would make such a start wrong, so each chunk's exact parse must end where the next chunk begins;
/// if any does not, the file is read again as one chunk. Either way the result is exactly the
/// general path's: the file's header, time format and every row the fast reader is not certain of
/// go through the general reader (<see cref="OrderImporter"/>).
/// </para>
/// </summary>
public static class FastOrderReader
{
    // A file smaller than this is one chunk on one worker: splitting a day's export costs more in
    // a second worker's tables and merge than the split saves (365 daily files: 5.5 s in 2 chunks
    // each, 4.7 s in one).
    private const long MinChunkBytes = 4L << 20;
    // Small enough that workers finish together (the last chunk is at most a few percent of a
    // worker's share), large enough that the per-chunk seams cost nothing.
    private const long MaxChunkBytes = 16L << 20;

    /// <summary>
    /// Below this, a run with several threads reads a file on one worker while other workers read
    /// other files, rather than splitting it between them: it would make only a few chunks, and a
    /// file's fixed costs (recognising it, choosing its time format, its merge) are then paid in parallel too.
    /// </summary>
    internal const long ReadBesideOthersBelowBytes = MaxChunkBytes;

    /// <summary>True for files the fast path can take: CSV in UTF-8.</summary>
    public static bool CanRead(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".csv" or ".txt" or ".tsv") || TableSource.IsLegacyEncoded(path))
        {
            return false;
        }

        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[2];
        var read = stream.Read(head);
        return !(read == 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)));
    }

    /// <summary>Reads one order file, or returns null when the fast path cannot read it exactly.</summary>
    public static FastResult? Read(string path, ImportOptions options, SlotLength length, int threads) =>
        Read(path, options, length, threads, chunkBytes: null);

    /// <param name="chunkBytes">Chunk size; tests make it tiny so boundaries fall everywhere.</param>
    internal static FastResult? Read(string path, ImportOptions options, SlotLength length, int threads, long? chunkBytes) =>
        Read(path, options, length, threads, chunkBytes, out _);

    /// <param name="declined">Why the fast path left the file to the general path, when it did.</param>
    internal static FastResult? Read(string path, ImportOptions options, SlotLength length, int threads, long? chunkBytes, out string? declined) =>
        Read(path, options, length, threads, chunkBytes, new FastTotalsPool(length), new ProductSlotTable(length), out declined);

    /// <summary>
    /// Reads one file of a run: worker totals come from (and go back to) the run's
    /// <paramref name="pool"/>, and the file's products are added straight to the run's
    /// <paramref name="products"/> (the result's <see cref="FastResult.Products"/>) once the file
    /// has been read, so a declined file leaves it untouched.
    /// </summary>
    /// <param name="chunkBytes">Chunk size; tests make it tiny so boundaries fall everywhere.</param>
    internal static FastResult? Read(string path, ImportOptions options, SlotLength length, int threads, long? chunkBytes, FastTotalsPool pool, ProductSlotTable products, out string? declined) =>
        ReadFile(path, options, length, threads, chunkBytes, pool, out declined)?.AddProductsTo(products);

    /// <summary>
    /// Reads one file of a run without adding its products anywhere yet (see <see cref="FastFileRead"/>);
    /// safe to call for several files at once with one pool. Null when the fast path declines the file.
    /// </summary>
    internal static FastFileRead? ReadFile(string path, ImportOptions options, SlotLength length, int threads, long? chunkBytes, FastTotalsPool pool, out string? declined)
    {
        if (pool.Length != length)
        {
            throw new ArgumentException("the pool must be of the run's slot length");
        }

        declined = null;
        if (!CanRead(path))
        {
            declined = "not a UTF-8 CSV file";
            return null;
        }

        try
        {
            var result = Attempt(path, options, length, Math.Max(1, threads), chunkBytes, pool)
                ?? Attempt(path, options, length, 1, chunkBytes: long.MaxValue, pool);
            declined = result is null ? "no numeric time format" : null;
            return result;
        }
        catch (FastPathUnsuitableException e)
        {
            declined = e.Message;
            return null;
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is FastPathUnsuitableException))
        {
            declined = e.InnerExceptions[0].Message;
            return null;
        }
    }

    /// <summary>One try with the given threads; null when chunk boundaries turned out wrong.</summary>
    private static FastFileRead? Attempt(string path, ImportOptions options, SlotLength length, int threads, long? chunkBytes, FastTotalsPool pool)
    {
        // The general reader recognises the file and chooses its time format; it then reads the
        // rows this reader hands it. It is private to this attempt, so a retry starts clean.
        var general = new OrderImporter(options);
        OrderImporter.OrderFileReader file;
        using (var rows = TableSource.ReadRows(path).GetEnumerator())
        {
            // No other file is read by this importer, so its lines need not be remembered.
            file = general.Open(path, rows, laterFilesFollow: false);
        }

        // This reader reads the rows itself: the 2,000-row sample the time format was chosen from
        // is let go now, not kept (and carried through collections) while the file is read.
        file.Sample.Clear();

        var time = FastTimePattern.TryCompile(file.TimeFormat);
        if (time is null)
        {
            return null;
        }

        var separator = (byte)TableSource.SeparatorOf(path);
        var plan = new FastPlan(file.Match, time, separator, options, length, path);
        using var handle = File.OpenHandle(path);
        var fileLength = RandomAccess.GetLength(handle);
        var gate = new object();
        void Escape(TableRow row, Action<OrderLine> accept, Action<RejectedRow> reject)
        {
            lock (gate)
            {
                file.ReadRow(row, accept, reject);
            }
        }

        // Exactly one set of totals per worker (Parallel.For would make one per task replica, and
        // those multiply with the file's length); the first worker's also takes the header block,
        // read before any chunk starts. They go back to the run's pool when the file's products
        // have been added, or here if the attempt fails.
        var totals = new List<FastTotals> { pool.Rent() };
        var kept = false;
        try
        {
            // The header block and the first data row (which may be a description row) are read
            // by the general reader, in order, before any chunk starts.
            var prefix = new FastChunk(plan, totals[0]) { Escape = Escape };
            var dataStart = SkipHeader(handle, fileLength, plan, file, prefix);
            var starts = ChunkStarts(handle, fileLength, dataStart, chunkBytes ?? Math.Clamp((fileLength - dataStart) / (threads * 16L), MinChunkBytes, MaxChunkBytes));

            // Each worker keeps one set of totals for all the chunks it reads; chunks keep only what
            // the merge needs to mend boundaries and order the rejects.
            var chunks = new FastChunk[starts.Count];
            while (totals.Count < Math.Min(threads, chunks.Length))
            {
                totals.Add(pool.Rent());
            }

            var next = -1;
            void Work(FastTotals worker)
            {
                // Workers take the next chunk as they finish one, so a slow chunk does not hold the rest.
                for (var i = Interlocked.Increment(ref next); i < chunks.Length; i = Interlocked.Increment(ref next))
                {
                    chunks[i] = new FastChunk(plan, worker) { Escape = Escape, Index = i };
                    chunks[i].Read(handle, fileLength, starts[i], i + 1 < starts.Count ? starts[i + 1] : fileLength);
                }
            }

            if (totals.Count == 1)
            {
                Work(totals[0]);
            }
            else
            {
                Task.WaitAll(totals.Select(t => Task.Factory.StartNew(() => Work(t), TaskCreationOptions.LongRunning)).ToArray());
            }

            for (var i = 0; i + 1 < chunks.Length; i++)
            {
                if (chunks[i].End != starts[i + 1])
                {
                    return null;
                }
            }

            if (chunks.Any(c => c.NotAdjacent) || prefix.NotAdjacent || !InTimeOrderAcrossChunks([prefix, .. chunks]))
            {
                throw new FastPathUnsuitableException("the log is out of time order, or an order's lines are not adjacent");
            }

            var read = Summarise(file.Report, plan, options, [prefix, .. chunks], [.. totals], pool);
            kept = true;
            return read;
        }
        finally
        {
            if (!kept)
            {
                foreach (var t in totals)
                {
                    pool.Return(t);
                }
            }
        }
    }

    /// <summary>
    /// The chunk-by-chunk checks, joined up: windows move one way through the whole file, and no
    /// order seen in a window before a boundary comes back in the same window after it (other
    /// than the run the boundary cut, which the merge mends). A window can span several chunks
    /// (small chunks, a busy hour), so the orders seen in it are gathered across every chunk that
    /// lies wholly inside it, not taken from the chunk just before alone.
    /// </summary>
    private static bool InTimeOrderAcrossChunks(IReadOnlyList<FastChunk> chunks)
    {
        var direction = 0;
        (long Window, HashSet<ulong> Orders)? last = null;
        byte[]? lastRunKey = null;
        foreach (var chunk in chunks)
        {
            if (chunk.Direction != 0)
            {
                if (direction != 0 && chunk.Direction != direction)
                {
                    return false;
                }

                direction = chunk.Direction;
            }

            if (chunk.FirstWindow is not { } first)
            {
                continue;
            }

            if (last is { } previous)
            {
                var step = Math.Sign(first.Window - previous.Window);
                if (step != 0)
                {
                    if (direction != 0 && step != direction)
                    {
                        return false;
                    }

                    direction = step;
                }
                else
                {
                    var cut = lastRunKey is not null && chunk.FirstRun is { } run && run.Key.AsSpan().SequenceEqual(lastRunKey)
                        ? ByteKeyTable.Hash(lastRunKey)
                        : (ulong?)null;
                    if (previous.Orders.Any(h => h != cut && first.Orders.Contains(h)))
                    {
                        return false;
                    }
                }
            }

            // A chunk wholly inside the window it continues adds its orders to those seen there before it.
            last = last is { } before && first.Window == before.Window && chunk.LastWindow is { } after && after.Window == before.Window
                ? (before.Window, [.. before.Orders, .. after.Orders])
                : chunk.LastWindow;
            lastRunKey = chunk.LastRun?.Key;
        }

        return true;
    }

    /// <summary>Hands the header rows and the first data row to the general reader; returns where the rest starts.</summary>
    private static long SkipHeader(SafeFileHandle handle, long fileLength, FastPlan plan, OrderImporter.OrderFileReader file, FastChunk prefix)
    {
        // Headers are short: a small first read stays off the large-object heap, which a run of
        // many files would otherwise fill with a megabyte of garbage per file.
        var bytes = new byte[(int)Math.Min(fileLength, 1 << 16)];
        var fields = new FieldSpan[FastPlan.FieldCount];
        while (true)
        {
            var filled = RandomAccess.Read(handle, bytes, 0);
            var isFinal = filled >= fileLength;
            var pos = bytes.AsSpan(0, filled).StartsWith("\uFEFF"u8) ? 3 : 0;
            var headerRecords = file.Report.RowsSkippedAboveData + 1;
            var complete = true;
            var records = 0;
            var lines = 0L;
            var done = false;
            while (!done)
            {
                var result = plan.Scanner.Scan(bytes.AsSpan(0, filled), pos, isFinal, fields, out var end, out _, out var breaks, out _);
                if (result == ScanResult.End)
                {
                    break;
                }

                if (result == ScanResult.NeedMore)
                {
                    complete = false;
                    break;
                }

                if (records >= headerRecords)
                {
                    prefix.ReadPrefixRecord(bytes.AsSpan(pos, end - pos), lines);
                    done = file.PastFirstRow;
                }

                records++;
                lines += breaks;
                pos = end;
            }

            if (complete)
            {
                prefix.SetPrefixExtent(pos, lines);
                return pos;
            }

            if (bytes.Length >= fileLength || bytes.Length >= 1 << 30)
            {
                throw new FastPathUnsuitableException("the header block does not end");
            }

            bytes = new byte[(int)Math.Min(fileLength, bytes.Length * 4L)];
        }
    }

    /// <summary>Chunk starts: the data start, then the byte after the first line break past each split.</summary>
    private static List<long> ChunkStarts(SafeFileHandle handle, long fileLength, long dataStart, long size)
    {
        var starts = new List<long> { dataStart };
        var probe = new byte[1 << 16];
        for (var at = dataStart + size; at < fileLength && at > dataStart; at += size)
        {
            var read = RandomAccess.Read(handle, probe, at);
            var newline = probe.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline < 0)
            {
                continue;
            }

            var start = at + newline + 1;
            if (start < fileLength && start > starts[^1])
            {
                starts.Add(start);
            }
        }

        return starts;
    }

    /// <summary>The file's cube, report and rejects from its chunks and totals; its products stay in the totals.</summary>
    private static FastFileRead Summarise(FileReport report, FastPlan plan, ImportOptions options, IReadOnlyList<FastChunk> chunks, FastTotals[] totals, FastTotalsPool pool)
    {
        var cube = new SlotCube(plan.Length, options.Zone.Id);
        var slots = plan.Length.SlotsPerWeek;
        var orders = new long[slots];
        var items = new long[slots];
        var gmv = new long[slots];
        var cancelledGmv = new long[slots];
        var firstDay = new int[slots];
        var lastDay = new int[slots];
        Array.Fill(firstDay, int.MaxValue);
        Array.Fill(lastDay, int.MinValue);
        foreach (var t in totals)
        {
            for (var s = 0; s < slots; s++)
            {
                orders[s] += t.Orders[s];
                items[s] += t.Items[s];
                gmv[s] += t.Gmv[s];
                cancelledGmv[s] += t.CancelledGmv[s];
                firstDay[s] = Math.Min(firstDay[s], t.MinDay[s]);
                lastDay[s] = Math.Max(lastDay[s], t.MaxDay[s]);
            }

            foreach (var (text, count) in t.UnknownStatuses)
            {
                report.UnknownStatuses[text] = report.UnknownStatuses.GetValueOrDefault(text) + count;
            }
        }

        var rejects = new List<RejectedRow>();
        var lineOffset = 0L;
        (byte[] Key, int[] Slots)? previousLast = null;
        foreach (var chunk in chunks)
        {
            // A run cut by the boundary was counted on both sides in the slots both sides saw.
            if (previousLast is { } last && chunk.FirstRun is { } first && last.Key.AsSpan().SequenceEqual(first.Key))
            {
                foreach (var s in last.Slots.Intersect(first.Slots))
                {
                    orders[s]--;
                }
            }

            if (chunk.LastRun is not null)
            {
                previousLast = chunk.LastRun;
            }

            foreach (var reject in chunk.Rejects)
            {
                rejects.Add(reject with { Line = reject.Line + lineOffset });
            }

            lineOffset += chunk.LineBreaks;
            report.RowsRead += chunk.FastRows;
            report.RowsAccepted += chunk.FastRows;
        }

        for (var s = 0; s < slots; s++)
        {
            LocalDate? firstDate = firstDay[s] == int.MaxValue ? null : LocalDate.FromDateOnly(DateOnly.FromDayNumber(firstDay[s]));
            LocalDate? lastDate = lastDay[s] == int.MinValue ? null : LocalDate.FromDateOnly(DateOnly.FromDayNumber(lastDay[s]));
            cube.AddCounted(s, orders[s], items[s] / 10_000m, new Money(gmv[s]), new Money(cancelledGmv[s]), firstDate, lastDate, 0);
            if (firstDate is { } f)
            {
                report.SeeDate(f);
            }

            if (lastDate is { } l)
            {
                report.SeeDate(l);
            }
        }

        cube.AddLines(totals.Sum(t => t.Lines));
        return new FastFileRead(report, cube, rejects, chunks.Sum(c => c.FastRows), chunks.Sum(c => c.NarrowRows), totals, pool);
    }
}
