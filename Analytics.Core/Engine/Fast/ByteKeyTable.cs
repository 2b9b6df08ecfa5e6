using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Interns byte strings (product ids) to dense integers without allocating per lookup. A key of
/// up to 16 bytes, as product ids nearly always are, is stored inside its slot of the index, so
/// a lookup reads one cache line; longer keys are compared against an arena of their bytes.
/// </summary>
internal sealed class ByteKeyTable
{
    private const int InlineBytes = 16;

    private struct Entry
    {
        public ulong Word0;
        public ulong Word1;
        /// <summary>Key length + 1, so a zeroed entry is empty.</summary>
        public int LengthPlusOne;
        public int Id;
    }

    private byte[] _arena = new byte[1 << 14];
    private int _arenaUsed;
    private readonly List<(int Offset, int Length)> _keys = [];
    private Entry[] _entries = new Entry[1 << 10];

    public int Count => _keys.Count;

    public ReadOnlySpan<byte> KeyAt(int id) => _arena.AsSpan(_keys[id].Offset, _keys[id].Length);

    /// <summary>The key's id, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, out bool added)
    {
        var id = Find(key, out var at, out var word0, out var word1);
        if (id >= 0)
        {
            added = false;
            return id;
        }

        added = true;
        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        var newId = _keys.Count;
        _keys.Add((_arenaUsed, key.Length));
        _arenaUsed += key.Length;
        _entries[at] = new Entry { Word0 = word0, Word1 = word1, LengthPlusOne = key.Length + 1, Id = newId };
        if (_keys.Count * 2 > _entries.Length)
        {
            Grow();
        }

        return newId;
    }

    /// <summary>The key's id, or -1 when the table does not hold it.</summary>
    public int IndexOf(ReadOnlySpan<byte> key) => Find(key, out _, out _, out _);

    /// <summary>The key's id, or -1 and the empty entry where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<byte> key, out int at, out ulong word0, out ulong word1)
    {
        if (key.Length <= InlineBytes)
        {
            (word0, word1) = Words(key);
        }
        else
        {
            word0 = Hash(key);
            word1 = 0;
        }

        var entries = _entries;
        var mask = entries.Length - 1;
        at = Slot(word0, word1, key.Length, entries.Length);
        while (true)
        {
            ref var entry = ref entries[at];
            if (entry.LengthPlusOne == 0)
            {
                return -1;
            }

            if (entry.Word0 == word0 && entry.Word1 == word1 && entry.LengthPlusOne == key.Length + 1 &&
                (key.Length <= InlineBytes || KeyAt(entry.Id).SequenceEqual(key)))
            {
                return entry.Id;
            }

            at = (at + 1) & mask;
        }
    }

    private void Grow()
    {
        var old = _entries;
        var entries = new Entry[old.Length * 2];
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.LengthPlusOne == 0)
            {
                continue;
            }

            var at = Slot(entry.Word0, entry.Word1, entry.LengthPlusOne - 1, entries.Length);
            while (entries[at].LengthPlusOne != 0)
            {
                at = (at + 1) & mask;
            }

            entries[at] = entry;
        }

        _entries = entries;
    }

    /// <summary>
    /// Where a key's probe starts: the top bits of a multiply (Fibonacci hashing), which every bit
    /// of the key reaches, rather than the low bits of a full mixing function: one multiply-add
    /// instead of three multiplies on every row's product id.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong word0, ulong word1, int length, int entries) =>
        (int)(((word0 ^ (ulong)length) * 0x9E3779B97F4A7C15UL + word1 * 0xC2B2AE3D27D4EB4FUL) >> (64 - BitOperations.Log2((uint)entries)));

    /// <summary>
    /// A key of at most 16 bytes as two words, read with overlapping loads rather than byte by
    /// byte; with the length they tell keys apart exactly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong, ulong) Words(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8)
        {
            return (MemoryMarshal.Read<ulong>(key), MemoryMarshal.Read<ulong>(key[^8..]));
        }

        if (key.Length >= 4)
        {
            return (MemoryMarshal.Read<uint>(key) | (ulong)MemoryMarshal.Read<uint>(key[^4..]) << 32, 0);
        }

        ulong word = 0;
        for (var i = 0; i < key.Length; i++)
        {
            word |= (ulong)key[i] << (8 * i);
        }

        return (word, 0);
    }

    /// <summary>
    /// A 64-bit hash of short byte strings: each 8-byte word is mixed in with the murmur3
    /// finaliser, so a difference anywhere reaches every bit (a plain multiply only carries
    /// differences upward, and real order keys then collide).
    /// </summary>
    public static ulong Hash(ReadOnlySpan<byte> key)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        var rest = key;
        while (rest.Length >= 8)
        {
            hash = Mix(hash ^ MemoryMarshal.Read<ulong>(rest));
            rest = rest[8..];
        }

        // The last few bytes of a key of 8 or more are read as its last 8 (overlapping bytes mixed
        // in already) rather than one at a time: keys of one length still differ in what is mixed.
        ulong tail = 0;
        if (rest.Length > 0 && key.Length >= 8)
        {
            tail = MemoryMarshal.Read<ulong>(key[^8..]);
        }
        else
        {
            for (var i = 0; i < rest.Length; i++)
            {
                tail |= (ulong)rest[i] << (8 * i);
            }
        }

        return Mix(hash ^ tail ^ 0xC2B2AE3D27D4EB4FUL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x) => IdentityHash.Finalise(x);
}
