using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LivePeak.Benchmarks;

/// <summary>
/// The no-checks loop with the checks an exact reader must make on this layout fused into its
/// one pass: a quote anywhere, a field too many or too few, an order id or number that is not all
/// digits, a time that is not <c>yyyy-MM-dd HH:mm:ss</c> or names no real date or clock, a day
/// whose clock changes, text that would need trimming, an order that comes back within a slot
/// (the fast path's adjacency check), and each slot's first and last day. A row failing any check
/// is counted, not read: an exact reader would hand it to a slower one. Not a reader either; it
/// measures what the checks cost when written for one layout.
/// </summary>
internal sealed class CheckedLoop
{
    private const int Slots = 7 * 24;
    private const int CellsPerBatch = 4096;
    private const int BlockProducts = 256;

    private readonly long[] _orders = new long[Slots];
    private readonly long[] _gmv = new long[Slots];
    private readonly long[] _items = new long[Slots];
    private readonly long[] _lines = new long[Slots];
    private readonly int[] _minDay = new int[Slots];
    private readonly int[] _maxDay = new int[Slots];

    // Product ids of up to 16 bytes, kept inside the probe table as two words and a length.
    private readonly ulong[] _word0 = new ulong[1 << 14];
    private readonly ulong[] _word1 = new ulong[1 << 14];
    private readonly int[] _lengthPlusOne = new int[1 << 14];
    private readonly int[] _productOf = new int[1 << 14];
    private readonly List<long[]> _cellBlocks = [];
    private readonly (int Product, int Slot, long Quantity, long Amount)[] _batch = new (int, int, long, long)[CellsPerBatch];
    private int _batched;
    private int _products;

    // The date of the row before, as its ten bytes, and what it gave.
    private ulong _date8 = ulong.MaxValue;
    private ushort _date2;
    private int _dayStart;
    private int _dayNumber;
    private bool _clockChanges;

    // The current order run and (day, slot) window, as the fast path keeps them.
    private ulong _runOrder;
    private int _runOrderLength = -1;
    private ulong _runShop0, _runShop1;
    private int _runShopLength;
    private int _runDay;
    private ulong _runHash;
    private readonly List<int> _runSlots = [];
    private long _window = long.MinValue;
    private readonly HashSet<ulong> _windowOrders = [];
    private int _direction;

    public long Unread { get; private set; }

    public bool NotAdjacent { get; private set; }

    public (long Lines, long Orders, long Gmv) Fill(string path, Func<DateOnly, bool> clockChanges)
    {
        Array.Fill(_minDay, int.MaxValue);
        Array.Fill(_maxDay, int.MinValue);
        using var handle = File.OpenHandle(path);
        var buffer = new byte[4 << 20];
        var header = true;
        long offset = 0;
        var kept = 0;
        while (true)
        {
            // Eight spare bytes after the data: a product id is read as whole words.
            var read = RandomAccess.Read(handle, buffer.AsSpan(kept, buffer.Length - kept - 8), offset);
            offset += read;
            var filled = kept + read;
            var pos = 0;
            while (true)
            {
                var rest = buffer.AsSpan(pos, filled - pos);
                var stop = rest.IndexOfAny((byte)'\n', (byte)'"');
                if (stop < 0 && (read > 0 || pos == filled))
                {
                    break;
                }

                if (stop >= 0 && rest[stop] == (byte)'"')
                {
                    Unread++;
                    var newline = rest.IndexOf((byte)'\n');
                    pos += newline < 0 ? rest.Length : newline + 1;
                    continue;
                }

                var line = stop < 0 ? rest : rest[..stop];
                pos += stop < 0 ? line.Length : stop + 1;
                if (header)
                {
                    header = false;
                }
                else if (!Row(line, clockChanges))
                {
                    Unread++;
                }
            }

            kept = filled - pos;
            buffer.AsSpan(pos, kept).CopyTo(buffer);
            if (read == 0)
            {
                break;
            }
        }

        Flush();
        return (_lines.Sum(), _orders.Sum(), _gmv.Sum() / 10_000);
    }

    private bool Row(ReadOnlySpan<byte> line, Func<DateOnly, bool> clockChanges)
    {
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        var i = 0;
        ulong order = 0;
        while (i < line.Length && (uint)(line[i] - '0') < 10)
        {
            order = order * 10 + (uint)(line[i] - '0');
            i++;
        }

        if (i == 0 || i > 19 || i >= line.Length || line[i] != (byte)',')
        {
            return false;
        }

        var orderLength = i++;
        if (line.Length - i < 20 || line[i + 19] != (byte)',' || line[i + 10] != (byte)' ')
        {
            return false;
        }

        var time = line.Slice(i, 19);
        var date8 = BinaryPrimitives.ReadUInt64LittleEndian(time);
        var date2 = BinaryPrimitives.ReadUInt16LittleEndian(time[8..]);
        if (date8 != _date8 || date2 != _date2)
        {
            if (!TryDate(time, out var date))
            {
                return false;
            }

            (_date8, _date2) = (date8, date2);
            _dayStart = ((int)date.DayOfWeek + 6) % 7 * 24;
            _dayNumber = date.DayNumber;
            _clockChanges = clockChanges(date);
        }

        if (_clockChanges || !TryHour(BinaryPrimitives.ReadUInt64LittleEndian(time[11..]), out var hour))
        {
            return false;
        }

        var slot = _dayStart + hour;
        i += 20;
        var shopLength = line[i..].IndexOf((byte)',');
        if (shopLength <= 0 || shopLength > 16)
        {
            return false;
        }

        var shop = line.Slice(i, shopLength);
        i += shopLength + 1;
        var productLength = line[i..].IndexOf((byte)',');
        if (productLength <= 0 || productLength > 16)
        {
            return false;
        }

        var product = line.Slice(i, productLength);
        if (!Visible(shop[0]) || !Visible(shop[^1]) || !Visible(product[0]) || !Visible(product[^1]))
        {
            return false;
        }

        i += productLength + 1;
        var start = i;
        long quantity = 0;
        while (i < line.Length && (uint)(line[i] - '0') < 10)
        {
            quantity = quantity * 10 + (line[i] - '0');
            i++;
        }

        if (i == start || i - start > 12 || i >= line.Length || line[i] != (byte)',')
        {
            return false;
        }

        start = ++i;
        long amount = 0;
        while (i < line.Length && (uint)(line[i] - '0') < 10)
        {
            amount = amount * 10 + (line[i] - '0');
            i++;
        }

        if (i != line.Length || i == start || i - start > 14)
        {
            return false;
        }

        quantity *= 10_000;
        amount *= 10_000;
        _lines[slot]++;
        _minDay[slot] = Math.Min(_minDay[slot], _dayNumber);
        _maxDay[slot] = Math.Max(_maxDay[slot], _dayNumber);
        _items[slot] += quantity;
        _gmv[slot] += amount;
        AddProduct(product, slot, quantity, amount);
        if (quantity > 0)
        {
            CountOrder(slot, order, orderLength, shop);
        }

        return true;
    }

    private void CountOrder(int slot, ulong order, int orderLength, ReadOnlySpan<byte> shop)
    {
        var window = (long)_dayNumber << 16 | (long)slot;
        var newWindow = window != _window;
        if (newWindow)
        {
            if (_window != long.MinValue)
            {
                var direction = Math.Sign(window - _window);
                _direction = _direction == 0 ? direction : _direction;
                NotAdjacent |= direction != _direction;
                _windowOrders.Clear();
            }

            _window = window;
        }

        var (shop0, shop1) = Words(shop);
        if (order != _runOrder || orderLength != _runOrderLength || _dayNumber != _runDay || shop.Length != _runShopLength ||
            shop0 != _runShop0 || shop1 != _runShop1)
        {
            (_runOrder, _runOrderLength, _runDay, _runShopLength, _runShop0, _runShop1) = (order, orderLength, _dayNumber, shop.Length, shop0, shop1);
            _runHash = ((order * 0x9E3779B97F4A7C15UL) ^ (ulong)orderLength ^ shop0 * 0xC2B2AE3D27D4EB4FUL ^ shop1) * 0x165667B19E3779F9UL ^ (ulong)_dayNumber;
            NotAdjacent |= !_windowOrders.Add(_runHash);
            _runSlots.Clear();
        }
        else if (newWindow)
        {
            _windowOrders.Add(_runHash);
        }

        if (!_runSlots.Contains(slot))
        {
            _runSlots.Add(slot);
            _orders[slot]++;
        }
    }

    private void AddProduct(ReadOnlySpan<byte> product, int slot, long quantity, long amount)
    {
        var (word0, word1) = Words(product);
        var mask = _word0.Length - 1;
        var at = (int)(((word0 ^ word1 * 31) * 0x9E3779B97F4A7C15UL) >> 50) & mask;
        while (_lengthPlusOne[at] != product.Length + 1 || _word0[at] != word0 || _word1[at] != word1)
        {
            if (_lengthPlusOne[at] == 0)
            {
                (_word0[at], _word1[at], _lengthPlusOne[at], _productOf[at]) = (word0, word1, product.Length + 1, _products++);
                if (_products * 2 > _word0.Length)
                {
                    throw new InvalidOperationException("more products than the loop is written for");
                }

                if (_productOf[at] / BlockProducts >= _cellBlocks.Count)
                {
                    _cellBlocks.Add(new long[BlockProducts * Slots * 3]);
                }

                break;
            }

            at = (at + 1) & mask;
        }

        _batch[_batched++] = (_productOf[at], slot, quantity, amount);
        if (_batched == CellsPerBatch)
        {
            Flush();
        }
    }

    private void Flush()
    {
        foreach (var (product, slot, quantity, amount) in _batch.AsSpan(0, _batched))
        {
            var cells = _cellBlocks[product / BlockProducts];
            var at = (product % BlockProducts * Slots + slot) * 3;
            cells[at] += quantity;
            cells[at + 1] += amount;
            cells[at + 2]++;
        }

        _batched = 0;
    }

    /// <summary>Up to 16 bytes as two words, zero past the end. Reads whole words past the key,
    /// which the buffer's spare bytes allow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong, ulong) Words(ReadOnlySpan<byte> key)
    {
        ref var first = ref MemoryMarshal.GetReference(key);
        var word0 = Unsafe.ReadUnaligned<ulong>(ref first);
        if (key.Length <= 8)
        {
            return (word0 & (ulong.MaxValue >> (64 - 8 * key.Length)), 0);
        }

        var word1 = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 8));
        return (word0, word1 & (ulong.MaxValue >> (128 - 8 * key.Length)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Visible(byte b) => (uint)(b - 0x21) < 0x5E;

    private static bool TryDate(ReadOnlySpan<byte> time, out DateOnly date)
    {
        date = default;
        for (var i = 0; i < 10; i++)
        {
            if (i is 4 or 7 ? time[i] != (byte)'-' : (uint)(time[i] - '0') >= 10)
            {
                return false;
            }
        }

        var year = (time[0] - '0') * 1000 + (time[1] - '0') * 100 + (time[2] - '0') * 10 + (time[3] - '0');
        var month = (time[5] - '0') * 10 + (time[6] - '0');
        var day = (time[8] - '0') * 10 + (time[9] - '0');
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>"HH:mm:ss" read as eight bytes: colons in place, digits elsewhere, a real clock.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHour(ulong clock, out int hour)
    {
        const ulong Colons = 0x0000FF0000FF0000UL;
        const ulong Digits = ~Colons;
        const ulong High = 0x8080008080008080UL;
        var digits = clock & Digits;
        hour = (int)(clock & 0xFF) * 10 + (int)(clock >> 8 & 0xFF) - 11 * '0';
        return (clock & Colons) == 0x00003A00003A0000UL &&
            ((digits + 0x4646004646004646UL) & High) == 0 && // no byte above '9'
            (((digits | High) - 0x3030003030003030UL) & High) == High && // no byte below '0'
            hour < 24 && (int)(clock >> 24 & 0xFF) < '6' && (int)(clock >> 48 & 0xFF) < '6';
    }
}
