using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Reads one chunk of a CSV order log into per-slot totals. Rows it can read with certainty are
/// added from bytes with no allocation; any other row (a bad number, an odd date, a quoted quote, a
/// DST-change day) is handed to the general reader through <see cref="Escape"/>, so values and
/// rejects are exactly the general path's.
/// <para>
/// Distinct orders are counted per run: consecutive lines of the same order count it once in each
/// slot they fall in, so no order id is kept. That is exact when each order's lines are adjacent,
/// as every platform export writes them. It is checked exactly for logs in time order (oldest or
/// newest first): within one (day, slot) window no order may come back; otherwise, or when the log
/// is out of time order, the chunk reports <see cref="NotAdjacent"/> and the file takes the general path. A run cut by a chunk boundary is
/// counted twice and mended when chunks merge (<see cref="FirstRun"/>, <see cref="LastRun"/>).
/// </para>
/// </summary>
internal sealed class FastChunk
{
    private const int BufferBytes = 4 << 20;

    private readonly FastPlan _plan;
    private readonly int _slots;
    private readonly FastTotals _t;
    private readonly FastTimePattern _time;
    private int _lastDayKey = -1;
    private FastDay _lastDay;
    private byte[] _runKey = new byte[64];
    private long _window = long.MinValue;
    private readonly HashSet64 _windowOrders = new();
    private int _runKeyLength = -1;
    private int _runDay;
    private int _runShopLength;
    private ulong _runHash;
    private readonly List<int> _runSlots = [];
    private bool _firstRunClosed;

    // The last row added from bytes: its order id, time and shop bytes and what they gave. The
    // other lines of an order repeat them, and then none of it is parsed or checked again.
    private byte[] _header = new byte[128];
    private int _headerOrderLength = -1;
    private int _headerTimeLength;
    private int _headerShopLength;
    private int _headerSlot;
    private FastDay _headerDay;
    // The header of the last short narrow row instead (TryShortRecord): its first 64 bytes as
    // read, and how many of them are its order id, time and shop with their separators. Compared
    // with the next row's 64 bytes in two vector compares, where comparing three fields took three
    // calls. At most one of the two headers is set.
    private Vector256<byte> _narrowHeaderLow, _narrowHeaderHigh;
    private int _narrowHeaderLength = -1;
    // The header's order has been counted in the header's slot, and is still the current run.
    private bool _headerCounted;

    /// <summary>The chunk's place in the file (the header block is -1): orders first sightings.</summary>
    public int Index { get; init; } = -1;

    private long _records;

    public FastChunk(FastPlan plan, FastTotals totals)
    {
        _plan = plan;
        _t = totals;
        _slots = plan.Length.SlotsPerWeek;
        _time = plan.Time.ForOneReader();
    }

    /// <summary>Hands a row the fast path will not decide to the general reader, which accounts for it.</summary>
    public required Action<TableRow, Action<OrderLine>, Action<RejectedRow>> Escape { get; init; }

    /// <summary>Rows read and accepted here without the general reader.</summary>
    public long FastRows { get; private set; }

    /// <summary>Of those, rows read as plain narrow records by <see cref="TryAddNarrow"/>.</summary>
    public long NarrowRows { get; private set; }

    public long LineBreaks { get; private set; }

    /// <summary>Where the chunk's last record ends: the next chunk must start exactly here.</summary>
    public long End { get; private set; }

    public bool NotAdjacent { get; private set; }

    /// <summary>+1 when windows rose through the chunk, -1 when they fell, 0 with one window.</summary>
    public int Direction { get; private set; }

    /// <summary>The chunk's first and last (day, slot) windows and the orders seen in them.</summary>
    public (long Window, HashSet<ulong> Orders)? FirstWindow { get; private set; }

    public (long Window, HashSet<ulong> Orders)? LastWindow { get; private set; }

    public (byte[] Key, int[] Slots)? FirstRun { get; private set; }

    public (byte[] Key, int[] Slots)? LastRun { get; private set; }

    public List<RejectedRow> Rejects { get; } = [];

    /// <summary>Reads the records that start in [start, end) of the file; the last may run past end.</summary>
    public void Read(SafeFileHandle file, long fileLength, long start, long end)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
        try
        {
            Span<FieldSpan> fields = stackalloc FieldSpan[FastPlan.FieldCount];
            var bufferStart = start; // file offset of buffer[0]
            var filled = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, fileLength - start)), start);
            var pos = 0;
            var index = new StructuralIndex(_plan.Scanner.Separator);
            index.Reset(0);
            while (bufferStart + pos < end)
            {
                if (_plan.NarrowRows)
                {
                    if (TryAddNarrow(buffer.AsSpan(0, filled), pos, out var narrowEnd))
                    {
                        FastRows++;
                        NarrowRows++;
                        LineBreaks++;
                        pos = narrowEnd;
                        continue;
                    }

                    // The structural index has not moved past the records read in one pass.
                    index.SkipTo(pos);
                }

                var isFinal = bufferStart + filled >= fileLength;
                ScanResult result;
                int recordEnd, fieldCount, breaks;
                var malformed = false;
                var plain = _plan.Scanner.TryScanPlain(buffer.AsSpan(0, filled), pos, index, fields, out recordEnd, out fieldCount);
                if (plain)
                {
                    result = ScanResult.Record;
                    breaks = 1;
                }
                else
                {
                    result = _plan.Scanner.Scan(buffer.AsSpan(0, filled), pos, isFinal, fields, out recordEnd, out fieldCount, out breaks, out malformed);
                    index.SkipTo(recordEnd);
                }

                if (result == ScanResult.End)
                {
                    break;
                }

                if (result == ScanResult.NeedMore)
                {
                    // Move the partial record to the front and fill the rest; grow for a huge record.
                    var kept = filled - pos;
                    if (pos == 0)
                    {
                        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, filled).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                    else
                    {
                        buffer.AsSpan(pos, kept).CopyTo(buffer);
                    }

                    bufferStart += pos;
                    pos = 0;
                    var want = (int)Math.Min(buffer.Length - kept, fileLength - (bufferStart + kept));
                    filled = kept + (want > 0 ? RandomAccess.Read(file, buffer.AsSpan(kept, want), bufferStart + kept) : 0);
                    index.Reset(0);
                    continue;
                }

                var record = buffer.AsSpan(0, filled);
                _records++;
                if (malformed || fieldCount > _plan.HeaderWidth || !TryAdd(record, fields, plain))
                {
                    EscapeRecord(record[pos..recordEnd]);
                }
                else
                {
                    FastRows++;
                }

                LineBreaks += breaks;
                pos = recordEnd;
            }

            End = bufferStart + pos;
            CloseRun();
            CloseWindows();
            if (_runKeyLength >= 0)
            {
                LastRun = (_runKey.AsSpan(0, _runKeyLength).ToArray(), [.. _runSlots]);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Hands one record of the file's start (header block, first data row) to the general reader.</summary>
    internal void ReadPrefixRecord(ReadOnlySpan<byte> record, long linesBefore)
    {
        _records++;
        LineBreaks = linesBefore;
        EscapeRecord(record);
    }

    /// <summary>Closes the file's start: where it ends and how many lines it spans.</summary>
    internal void SetPrefixExtent(long end, long lineBreaks)
    {
        End = end;
        LineBreaks = lineBreaks;
        CloseRun();
        CloseWindows();
        if (_runKeyLength >= 0)
        {
            LastRun = (_runKey.AsSpan(0, _runKeyLength).ToArray(), [.. _runSlots]);
        }
    }

    /// <summary>The general reader's view of one record, and its line relative to the chunk start.</summary>
    private void EscapeRecord(ReadOnlySpan<byte> record)
    {
        var text = Encoding.UTF8.GetString(record);
        var row = new CsvText(new StringReader(text), (char)_plan.Scanner.Separator, text.Length + 1).ReadRow() ?? new TableRow(1, [string.Empty]);
        Escape(row with { Line = LineBreaks + 1 }, AddLine, Rejects.Add);
    }

    /// <summary>Adds a row read from bytes; false sends it to the general reader.</summary>
    [SkipLocalsInit] // the joined-time buffer is written before it is read; zeroing it cost every row
    private bool TryAdd(ReadOnlySpan<byte> record, ReadOnlySpan<FieldSpan> fields, bool plain)
    {
        for (var i = 0; !plain && i < fields.Length; i++)
        {
            if (fields[i].NeedsUnescape)
            {
                return false;
            }
        }

        var orderId = Field(record, fields, OrderField.OrderId);
        var rawShop = Field(record, fields, OrderField.Shop);

        // Time: one column, or a date and a time joined by a space as the general reader joins them.
        Span<byte> joined = stackalloc byte[64];
        scoped ReadOnlySpan<byte> timeText;
        if (_plan.HasTimestamp)
        {
            timeText = Field(record, fields, OrderField.Timestamp);
        }
        else
        {
            var date = Field(record, fields, OrderField.Date);
            var time = _plan.HasTime ? Field(record, fields, OrderField.Time) : default;
            if (date.IsEmpty || date.Length + time.Length + 1 > joined.Length || (_plan.HasTime && time.IsEmpty))
            {
                return false;
            }

            date.CopyTo(joined);
            var length = date.Length;
            if (!time.IsEmpty)
            {
                joined[length++] = (byte)' ';
                time.CopyTo(joined[length..]);
                length += time.Length;
            }

            timeText = joined[..length];
        }

        // A platform column is part of the order's identity and is read on every row.
        var repeat = !_plan.HasPlatform && IsHeaderRepeat(orderId, timeText, rawShop);
        if (!TryPlace(repeat, orderId, rawShop, timeText, out var slot, out var dayInfo))
        {
            return false;
        }

        long quantity = 10_000, unitPrice = 0, amount = 0;
        if (_plan.HasQuantity && !TryNumber(Field(record, fields, OrderField.Quantity), allowEmpty: false, out quantity))
        {
            return false;
        }

        if (_plan.HasUnitPrice && !TryNumber(Field(record, fields, OrderField.UnitPrice), allowEmpty: true, out unitPrice))
        {
            return false;
        }

        if (_plan.HasAmount && !TryNumber(Field(record, fields, OrderField.Amount), allowEmpty: true, out amount))
        {
            return false;
        }

        var revenue = _plan.HasAmount ? amount : FastNumber.Multiply(quantity, unitPrice);
        if (!_plan.HasAmount && Math.Abs(revenue) > 900_000_000_000_000_000L)
        {
            return false;
        }

        var status = OrderStatus.Completed;
        if (_plan.HasStatus)
        {
            if (!TryStatus(record, fields, out status))
            {
                return false;
            }
        }

        var platform = _plan.Platform;
        if (_plan.HasPlatform && !TryPlatform(Field(record, fields, OrderField.Platform), out platform))
        {
            return false;
        }

        var name = Field(record, fields, OrderField.ProductName);
        var productId = FirstNonEmpty(Field(record, fields, OrderField.ProductId), Field(record, fields, OrderField.LineId), name);
        if (!IsClean(productId) || !IsClean(name))
        {
            return false;
        }

        if (!repeat)
        {
            RememberHeader(orderId, timeText, rawShop, slot, dayInfo);
        }

        var shop = rawShop.IsEmpty ? _plan.DefaultShop : rawShop;
        Add(slot, dayInfo.DayNumber, status, quantity, revenue, platform, shop, orderId, productId, name.IsEmpty ? productId : name, repeat);
        return true;
    }

    /// <summary>
    /// Adds the narrow record at <paramref name="start"/> (<see cref="FastPlan.NarrowRows"/>) when it
    /// is plain: it ends in LF or CRLF inside the buffer, holds no quote, has exactly six fields,
    /// and its text fields need no trimming (so they read as the general reader reads them). The
    /// checks are <see cref="TryAdd"/>'s for these columns. A record within 64 bytes is split from
    /// one set of vector compares (<see cref="TryShortRecord"/>; the whole read about 10% faster
    /// than with the search below); a longer one field after field, written out for the six
    /// columns (a loop storing each field's place, or picking fields by column, made the whole
    /// read 10-15% slower). False leaves everything as it was, and the record takes the usual way
    /// (the scanner, then <see cref="TryAdd"/> or the general reader).
    /// </summary>
    private bool TryAddNarrow(ReadOnlySpan<byte> buffer, int start, out int end)
    {
        end = 0;
        var rest = buffer[start..];
        var separator = _plan.Scanner.Separator;
        ReadOnlySpan<byte> orderId, timeText, rawShop, productId, quantityText, amountText;
        var repeat = false;
        var shortRecord = false;
        Vector256<byte> low = default, high = default;
        if (Vector256.IsHardwareAccelerated && rest.Length >= 64 && TryShortRecord(rest, separator, out low, out high, out var separators, out var lineLength, out var recordLength))
        {
            // A record within 64 bytes, as canonical rows are: its five separators from one mask.
            var line = rest[..lineLength];
            var s0 = BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            var s1 = BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            var s2 = BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            var s3 = BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            var s4 = BitOperations.TrailingZeroCount(separators);
            shortRecord = true;
            // The order id, time and shop are the bytes before the third separator.
            repeat = s2 == _narrowHeaderLength &&
                (~(Vector256.Equals(low, _narrowHeaderLow).ExtractMostSignificantBits() | (ulong)Vector256.Equals(high, _narrowHeaderHigh).ExtractMostSignificantBits() << 32) & ((1UL << s2) - 1)) == 0;
            orderId = line[..s0];
            timeText = line[(s0 + 1)..s1];
            rawShop = line[(s1 + 1)..s2];
            productId = line[(s2 + 1)..s3];
            quantityText = line[(s3 + 1)..s4];
            amountText = line[(s4 + 1)..];
            end = start + recordLength;
        }
        else
        {
            var stop = rest.IndexOfAny(NarrowRecordStops);
            if (stop < 0)
            {
                return false;
            }

            if (rest[stop] == (byte)'\n')
            {
                end = start + stop + 1;
            }
            else if (rest[stop] == (byte)'\r' && stop + 1 < rest.Length && rest[stop + 1] == (byte)'\n')
            {
                end = start + stop + 2;
            }
            else
            {
                return false; // a quote, a lone CR, or a CR the buffer ends after
            }

            var line = rest[..stop];
            var at = line.IndexOf(separator);
            orderId = at < 0 ? default : line[..at];
            line = line[(at + 1)..];
            at = line.IndexOf(separator);
            timeText = at < 0 ? default : line[..at];
            line = line[(at + 1)..];
            at = line.IndexOf(separator);
            rawShop = at < 0 ? default : line[..at];
            line = line[(at + 1)..];
            at = line.IndexOf(separator);
            productId = at < 0 ? default : line[..at];
            line = line[(at + 1)..];
            at = line.IndexOf(separator);
            quantityText = at < 0 ? default : line[..at];
            amountText = line[(at + 1)..];
            if (at < 0 || amountText.Contains(separator))
            {
                return false;
            }

            repeat = IsHeaderRepeat(orderId, timeText, rawShop);
        }

        if (!IsPlainText(orderId) || !IsPlainText(timeText) || !IsPlainText(rawShop) || !IsPlainText(productId) ||
            !FastNumber.TryParse(quantityText, _plan.Numbers, out var quantity) || !FastNumber.TryParse(amountText, _plan.Numbers, out var amount))
        {
            return false;
        }

        if (!TryPlace(repeat, orderId, rawShop, timeText, out var slot, out var dayInfo))
        {
            return false;
        }

        if (!repeat && shortRecord)
        {
            RememberShortHeader(low, high, orderId.Length + 1 + timeText.Length + 1 + rawShop.Length, slot, dayInfo);
        }
        else if (!repeat)
        {
            RememberHeader(orderId, timeText, rawShop, slot, dayInfo);
        }

        _records++;
        Add(slot, dayInfo.DayNumber, OrderStatus.Completed, quantity, amount, _plan.Platform, rawShop, orderId, productId, productId, repeat);
        return true;
    }

    /// <summary>
    /// Looks at the first 64 bytes at once: true when a line feed ends the record there, nothing
    /// before it is a quote or a CR (but one right before the line feed), and it holds exactly
    /// five separators; their positions are the set bits of <paramref name="separators"/>.
    /// False asks the caller to search field by field, which also tells a record that is not plain.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryShortRecord(ReadOnlySpan<byte> rest, byte separator, out Vector256<byte> low, out Vector256<byte> high, out ulong separators, out int lineLength, out int recordLength)
    {
        ref var first = ref MemoryMarshal.GetReference(rest);
        low = Vector256.LoadUnsafe(ref first);
        high = Vector256.LoadUnsafe(ref first, 32);
        var lf = Vector256.Create((byte)'\n');
        var lineFeeds = Vector256.Equals(low, lf).ExtractMostSignificantBits() | (ulong)Vector256.Equals(high, lf).ExtractMostSignificantBits() << 32;
        separators = 0;
        if (lineFeeds == 0)
        {
            (lineLength, recordLength) = (0, 0);
            return false;
        }

        recordLength = BitOperations.TrailingZeroCount(lineFeeds) + 1;
        lineLength = recordLength > 1 && rest[recordLength - 2] == (byte)'\r' ? recordLength - 2 : recordLength - 1;

        var cr = Vector256.Create((byte)'\r');
        var quote = Vector256.Create((byte)'"');
        var sep = Vector256.Create(separator);
        var inLine = (1UL << lineLength) - 1;
        var stops = ((Vector256.Equals(low, cr) | Vector256.Equals(low, quote)).ExtractMostSignificantBits() |
            (ulong)(Vector256.Equals(high, cr) | Vector256.Equals(high, quote)).ExtractMostSignificantBits() << 32) & inLine;
        separators = (Vector256.Equals(low, sep).ExtractMostSignificantBits() | (ulong)Vector256.Equals(high, sep).ExtractMostSignificantBits() << 32) & inLine;
        return stops == 0 && BitOperations.PopCount(separators) == 5;
    }

    /// <summary>What ends a narrow record's search: a line break, or a quote (then it is not plain).
    /// Static, so the JIT knows its type and inlines the search.</summary>
    private static readonly SearchValues<byte> NarrowRecordStops = SearchValues.Create("\n\r\""u8);

    /// <summary>Non-empty text that <see cref="Field"/> would not trim and <see cref="IsClean"/> accepts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainText(ReadOnlySpan<byte> text) =>
        !text.IsEmpty && ((IsVisibleAscii(text[0]) && IsVisibleAscii(text[^1])) ||
            (text[0] is not ((byte)' ' or (byte)'\t') && text[^1] is not ((byte)' ' or (byte)'\t') && IsClean(text)));

    /// <summary>
    /// Where a row falls: the header's slot and day when it repeats the header, else its order id
    /// checked and its time read from bytes. False for an id or time the general reader must read,
    /// or a day whose clock changes (it may hold wall-clock times that do not exist).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TryPlace(bool repeat, ReadOnlySpan<byte> orderId, ReadOnlySpan<byte> rawShop, ReadOnlySpan<byte> timeText, out int slot, out FastDay dayInfo)
    {
        if (repeat)
        {
            (slot, dayInfo) = (_headerSlot, _headerDay);
            return true;
        }

        slot = 0;
        dayInfo = default;
        if (orderId.IsEmpty || !IsClean(orderId) || !IsClean(rawShop) ||
            (_plan.NumericOrderIds && orderId.ContainsAnyExceptInRange((byte)'0', (byte)'9')) ||
            !_time.TryParse(timeText, out var year, out var month, out var day, out var minuteOfDay))
        {
            return false;
        }

        dayInfo = Day(year, month, day);
        slot = (dayInfo.IsoDay - 1) * _plan.SlotsPerDay + _plan.SlotOfMinute[minuteOfDay];
        return !dayInfo.ClockChanges;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsHeaderRepeat(ReadOnlySpan<byte> orderId, ReadOnlySpan<byte> timeText, ReadOnlySpan<byte> shop) =>
        orderId.Length == _headerOrderLength && timeText.Length == _headerTimeLength && shop.Length == _headerShopLength &&
        orderId.SequenceEqual(_header.AsSpan(0, orderId.Length)) &&
        timeText.SequenceEqual(_header.AsSpan(orderId.Length, timeText.Length)) &&
        shop.SequenceEqual(_header.AsSpan(orderId.Length + timeText.Length, shop.Length));

    private void RememberHeader(ReadOnlySpan<byte> orderId, ReadOnlySpan<byte> timeText, ReadOnlySpan<byte> shop, int slot, FastDay day)
    {
        var length = orderId.Length + timeText.Length + shop.Length;
        if (_header.Length < length)
        {
            _header = new byte[length * 2];
        }

        orderId.CopyTo(_header);
        timeText.CopyTo(_header.AsSpan(orderId.Length));
        shop.CopyTo(_header.AsSpan(orderId.Length + timeText.Length));
        _headerOrderLength = orderId.Length;
        _headerTimeLength = timeText.Length;
        _headerShopLength = shop.Length;
        _narrowHeaderLength = -1;
        _headerSlot = slot;
        _headerDay = day;
        _headerCounted = false;
    }

    /// <summary>Remembers a short narrow row's header as its first 64 bytes (<see cref="_narrowHeaderLow"/>).</summary>
    private void RememberShortHeader(Vector256<byte> low, Vector256<byte> high, int length, int slot, FastDay day)
    {
        (_narrowHeaderLow, _narrowHeaderHigh, _narrowHeaderLength) = (low, high, length);
        _headerOrderLength = -1;
        _headerSlot = slot;
        _headerDay = day;
        _headerCounted = false;
    }

    /// <summary>Adds an order line the general reader accepted for this chunk.</summary>
    private void AddLine(OrderLine line)
    {
        var local = line.CreatedLocal;
        var shop = Encoding.UTF8.GetBytes(line.Shop);
        var order = Encoding.UTF8.GetBytes(line.OrderId);
        var product = Encoding.UTF8.GetBytes(line.ProductId);
        var name = Encoding.UTF8.GetBytes(line.ProductName);
        // Fixed point holds four decimals and about 900 trillion; the general path takes quantities
        // beyond either, and then so must the whole file.
        var scaled = line.Quantity * 10_000m;
        if (scaled != decimal.Truncate(scaled) || Math.Abs(scaled) > long.MaxValue / 4)
        {
            throw new FastPathUnsuitableException("a quantity the fixed-point cube cannot hold exactly");
        }

        var quantity = (long)scaled;

        // A row the general reader read may start another run: the next row is parsed in full.
        _headerOrderLength = -1;
        _narrowHeaderLength = -1;
        Add(_plan.Length.IndexOf(local), DateOnly.FromDateTime(local.ToDateTimeUnspecified()).DayNumber, line.Status, quantity,
            line.Revenue.TenThousandths, line.Platform, shop, order, product, name, repeat: false);
    }

    private void Add(int slot, int dayNumber, OrderStatus status, long quantity, long revenue, Platform platform,
        ReadOnlySpan<byte> shop, ReadOnlySpan<byte> orderId, ReadOnlySpan<byte> productId, ReadOnlySpan<byte> productName, bool repeat)
    {
        _t.Lines++;
        // A repeated header's row before this one saw the same day and slot.
        if (!repeat)
        {
            if (dayNumber < _t.MinDay[slot])
            {
                _t.MinDay[slot] = dayNumber;
            }

            if (dayNumber > _t.MaxDay[slot])
            {
                _t.MaxDay[slot] = dayNumber;
            }
        }

        if (status == OrderStatus.Cancelled)
        {
            _t.CancelledGmv[slot] += revenue;
            return;
        }

        _t.Items[slot] += quantity;
        _t.Gmv[slot] += revenue;
        _t.AddProduct(slot, quantity, revenue, productId, productName, (Index + 1L) << 40 | _records);
        if (quantity > 0 && !(repeat && _headerCounted))
        {
            CountOrder(slot, dayNumber, platform, shop, orderId);
            _headerCounted = _headerOrderLength >= 0 || _narrowHeaderLength >= 0;
        }
    }

    /// <summary>Counts the order in the slot unless its current run already did.</summary>
    private void CountOrder(int slot, int dayNumber, Platform platform, ReadOnlySpan<byte> shop, ReadOnlySpan<byte> orderId)
    {
        var window = (long)dayNumber << 16 | (long)slot;
        var newWindow = window != _window;
        if (newWindow)
        {
            EnterWindow(window);
        }

        if (!IsCurrentRun(dayNumber, platform, shop, orderId))
        {
            CloseRun();
            StartRun(dayNumber, platform, shop, orderId);
            if (!_windowOrders.Add(_runHash))
            {
                // The order came back after other orders in the same slot of the same day.
                NotAdjacent = true;
            }

            _runSlots.Clear();
        }
        else if (newWindow)
        {
            _windowOrders.Add(_runHash);
        }

        if (!_runSlots.Contains(slot))
        {
            _runSlots.Add(slot);
            _t.Orders[slot]++;
        }
    }

    /// <summary>Whether this line continues the current run: the same platform, shop, order and day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsCurrentRun(int dayNumber, Platform platform, ReadOnlySpan<byte> shop, ReadOnlySpan<byte> orderId) =>
        _runKeyLength >= 0 && dayNumber == _runDay && _runKey[0] == (byte)platform &&
        _runShopLength == shop.Length && _runKeyLength == shop.Length + orderId.Length + 6 &&
        orderId.SequenceEqual(_runKey.AsSpan(2 + shop.Length, orderId.Length)) &&
        shop.SequenceEqual(_runKey.AsSpan(1, shop.Length));

    /// <summary>
    /// Starts a run under the general path's order key (platform, shop, id, day created), kept as
    /// bytes so the merge can tell a run cut by a chunk boundary.
    /// </summary>
    private void StartRun(int dayNumber, Platform platform, ReadOnlySpan<byte> shop, ReadOnlySpan<byte> orderId)
    {
        var keyLength = 1 + shop.Length + 1 + orderId.Length + 4;
        if (_runKey.Length < keyLength)
        {
            _runKey = new byte[keyLength * 2];
        }

        var key = _runKey.AsSpan(0, keyLength);
        key[0] = (byte)platform;
        shop.CopyTo(key[1..]);
        key[1 + shop.Length] = 0x1F;
        orderId.CopyTo(key[(2 + shop.Length)..]);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(key[^4..], dayNumber);
        _runKeyLength = keyLength;
        _runShopLength = shop.Length;
        _runDay = dayNumber;
        _runHash = ByteKeyTable.Hash(key);
    }

    /// <summary>
    /// Moves to another (day, slot) window. In a log in time order (oldest or newest first) a
    /// window, once left, never comes back, so an order can only be counted twice in a slot if it
    /// reappears within one window: that is what <see cref="_windowOrders"/> checks. A log out of
    /// time order gives up the fast path.
    /// </summary>
    private void EnterWindow(long window)
    {
        if (_window != long.MinValue)
        {
            var direction = Math.Sign(window - _window);
            if (Direction == 0)
            {
                Direction = direction;
            }
            else if (direction != Direction)
            {
                NotAdjacent = true;
            }

            FirstWindow ??= (_window, _windowOrders.ToHashSet());
            _windowOrders.Clear();
        }
        _window = window;
    }

    /// <summary>Closes the last window: the merge compares it with the next chunk's first.</summary>
    private void CloseWindows()
    {
        if (_window == long.MinValue)
        {
            return;
        }

        LastWindow = (_window, _windowOrders.ToHashSet());
        FirstWindow ??= LastWindow;
    }

    private void CloseRun()
    {
        if (_runKeyLength >= 0 && !_firstRunClosed)
        {
            FirstRun = (_runKey.AsSpan(0, _runKeyLength).ToArray(), [.. _runSlots]);
            _firstRunClosed = true;
        }
    }

    private bool TryNumber(ReadOnlySpan<byte> text, bool allowEmpty, out long value)
    {
        if (text.IsEmpty)
        {
            value = 0;
            return allowEmpty;
        }

        return FastNumber.TryParse(text, _plan.Numbers, out value);
    }

    private bool TryStatus(ReadOnlySpan<byte> record, ReadOnlySpan<FieldSpan> fields, out OrderStatus status)
    {
        var a = Field(record, fields, OrderField.Status);
        var b = Field(record, fields, OrderField.CancelReturnType);
        var c = Field(record, fields, OrderField.ReturnStatus);
        var length = a.Length + b.Length + c.Length + 2;
        Span<byte> key = length <= 512 ? stackalloc byte[length] : new byte[length];
        a.CopyTo(key);
        key[a.Length] = 0;
        b.CopyTo(key[(a.Length + 1)..]);
        key[a.Length + 1 + b.Length] = 0;
        c.CopyTo(key[(a.Length + b.Length + 2)..]);
        var index = _t.Statuses.IndexOf(key);
        if (index < 0)
        {
            var text = Encoding.UTF8.GetString(a);
            var known = true;
            var mapped = _plan.Has(OrderField.Status) ? StatusVocabulary.Map(text, out known) : OrderStatus.Completed;
            mapped = StatusVocabulary.Combine(mapped, Encoding.UTF8.GetString(b), Encoding.UTF8.GetString(c));
            index = _t.Statuses.Add(key, (mapped, known, text));
        }

        var entry = _t.Statuses.Entries[index];
        if (!entry.Value.Known)
        {
            _t.UnknownStatusCounts[index] = _t.UnknownStatusCounts.GetValueOrDefault(index) + 1;
        }

        status = entry.Value.Status;
        return IsClean(a) && IsClean(b) && IsClean(c);
    }

    private bool TryPlatform(ReadOnlySpan<byte> text, out Platform platform)
    {
        var index = _t.Platforms.IndexOf(text);
        if (index < 0)
        {
            index = _t.Platforms.Add(text, PlatformNames.TryParse(Encoding.UTF8.GetString(text), out var parsed) ? parsed : Platform.Other);
        }

        platform = _t.Platforms[index];
        return IsClean(text);
    }

    private FastDay Day(int year, int month, int day)
    {
        var key = year * 10_000 + month * 100 + day;
        if (key == _lastDayKey)
        {
            return _lastDay;
        }

        if (!_t.Days.TryGetValue(key, out var info))
        {
            var date = new LocalDate(year, month, day);
            // A day whose clock jumps (DST) may hold wall-clock times that do not exist; the general
            // reader resolves those, so such days take the general path.
            var length = _plan.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - _plan.Zone.AtStartOfDay(date).ToInstant();
            info = new FastDay(new DateOnly(year, month, day).DayNumber, (int)date.DayOfWeek, length != Duration.FromHours(24));
            _t.Days[key] = info;
        }

        _lastDayKey = key;
        _lastDay = info;
        return info;
    }

    /// <summary>A needed field's text with ASCII white space trimmed (as the general reader trims).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> record, ReadOnlySpan<FieldSpan> fields, OrderField field)
    {
        // A column the file lacks is never filled in by the scanner, so it reads as empty.
        var span = fields[(int)field];
        var text = record.Slice(span.Start, span.Length);
        // Most fields start and end in a visible ASCII character and need no trimming.
        return text.IsEmpty || (IsVisibleAscii(text[0]) && IsVisibleAscii(text[^1])) ? text : text.Trim(" \t\r\n"u8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsVisibleAscii(byte b) => (uint)(b - 0x21) < 0x5E;

    /// <summary>
    /// False when the text might end in something the general reader trims but this one does not
    /// (a no-break space or a byte-order mark): such rows go to the general reader.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsClean(ReadOnlySpan<byte> text) =>
        text.IsEmpty || (text[0] < 0x80 && text[^1] < 0x80) || !(text.StartsWith("\u00A0"u8) || text.EndsWith("\u00A0"u8) || text.StartsWith("\uFEFF"u8) || text.EndsWith("\uFEFF"u8));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> FirstNonEmpty(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c) =>
        !a.IsEmpty ? a : !b.IsEmpty ? b : c;
}

/// <summary>The fast path cannot read this file exactly; the general path must.</summary>
internal sealed class FastPathUnsuitableException(string reason) : Exception(reason);
