using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// The positions of a buffer's structural bytes (the separator, LF, CR and the quote), found 64
/// bytes at a time with vector compares turned into bit masks, as nietras/Sep does. A reader walks
/// them in order and so splits a plain record into fields without looking at any other byte.
/// <para>
/// It indexes a few kilobytes ahead of the reader rather than the whole buffer, so the bytes are
/// still in the first-level cache when the reader parses the fields.
/// </para>
/// </summary>
internal sealed class StructuralIndex
{
    private const int SegmentBytes = 8 << 10;

    private readonly byte _separator;
    private readonly int[] _positions = new int[SegmentBytes + 64];
    private int _count;
    private int _next;
    private int _indexedTo;

    public StructuralIndex(byte separator) => _separator = separator;

    /// <summary>Forgets everything and indexes from <paramref name="offset"/> on (after the buffer moved).</summary>
    public void Reset(int offset)
    {
        _count = 0;
        _next = 0;
        _indexedTo = offset;
    }

    /// <summary>Skips the positions before <paramref name="offset"/> (a record the reference scanner read).</summary>
    public void SkipTo(int offset)
    {
        while (_next < _count && _positions[_next] < offset)
        {
            _next++;
        }

        if (_next == _count && _indexedTo < offset)
        {
            Reset(offset);
        }
    }

    /// <summary>The next structural byte's position in <paramref name="buffer"/>; false at its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryNext(ReadOnlySpan<byte> buffer, out int position)
    {
        while (_next == _count)
        {
            if (_indexedTo >= buffer.Length)
            {
                position = -1;
                return false;
            }

            IndexSegment(buffer);
        }

        position = _positions[_next++];
        return true;
    }

    private void IndexSegment(ReadOnlySpan<byte> buffer)
    {
        _count = 0;
        _next = 0;
        var from = _indexedTo;
        var to = (int)Math.Min(buffer.Length, (long)from + SegmentBytes);
        ref var start = ref MemoryMarshal.GetReference(buffer);
        var at = from;
        if (Vector256.IsHardwareAccelerated)
        {
            var separator = Vector256.Create(_separator);
            var lf = Vector256.Create((byte)'\n');
            var cr = Vector256.Create((byte)'\r');
            var quote = Vector256.Create((byte)'"');
            for (; at + 64 <= to; at += 64)
            {
                var low = Vector256.LoadUnsafe(ref start, (nuint)at);
                var high = Vector256.LoadUnsafe(ref start, (nuint)(at + 32));
                var lowMask = (Vector256.Equals(low, separator) | Vector256.Equals(low, lf) | Vector256.Equals(low, cr) | Vector256.Equals(low, quote)).ExtractMostSignificantBits();
                var highMask = (Vector256.Equals(high, separator) | Vector256.Equals(high, lf) | Vector256.Equals(high, cr) | Vector256.Equals(high, quote)).ExtractMostSignificantBits();
                Emit(at, lowMask | (ulong)highMask << 32);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var separator = Vector128.Create(_separator);
            var lf = Vector128.Create((byte)'\n');
            var cr = Vector128.Create((byte)'\r');
            var quote = Vector128.Create((byte)'"');
            for (; at + 16 <= to; at += 16)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)at);
                Emit(at, (Vector128.Equals(v, separator) | Vector128.Equals(v, lf) | Vector128.Equals(v, cr) | Vector128.Equals(v, quote)).ExtractMostSignificantBits());
            }
        }

        for (; at < to; at++)
        {
            var b = buffer[at];
            if (b == _separator || b == (byte)'\n' || b == (byte)'\r' || b == (byte)'"')
            {
                _positions[_count++] = at;
            }
        }

        _indexedTo = to;
    }

    private void Emit(int offset, ulong mask)
    {
        var positions = _positions;
        var count = _count;
        while (mask != 0)
        {
            positions[count++] = offset + BitOperations.TrailingZeroCount(mask);
            mask &= mask - 1;
        }

        _count = count;
    }
}
