using System.Runtime.InteropServices;

namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Interns byte strings (product ids) to dense integers without allocating per lookup: the bytes
/// live in one growing arena and an open-addressing index points into it.
/// </summary>
internal sealed class ByteKeyTable
{
    private byte[] _arena = new byte[1 << 14];
    private int _arenaUsed;
    private readonly List<(int Offset, int Length)> _keys = [];
    private int[] _index = new int[1 << 10];
    private ulong[] _hashes = new ulong[1 << 10];

    public ByteKeyTable() => Array.Fill(_index, -1);

    public int Count => _keys.Count;

    public ReadOnlySpan<byte> KeyAt(int id) => _arena.AsSpan(_keys[id].Offset, _keys[id].Length);

    /// <summary>The key's id, adding it when new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> key, out bool added)
    {
        var hash = Hash(key);
        var mask = _index.Length - 1;
        var at = (int)hash & mask;
        while (true)
        {
            var id = _index[at];
            if (id < 0)
            {
                break;
            }

            if (_hashes[at] == hash && KeyAt(id).SequenceEqual(key))
            {
                added = false;
                return id;
            }

            at = (at + 1) & mask;
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
        _index[at] = newId;
        _hashes[at] = hash;
        if (_keys.Count * 2 > _index.Length)
        {
            Grow();
        }

        return newId;
    }

    private void Grow()
    {
        var index = new int[_index.Length * 2];
        var hashes = new ulong[index.Length];
        Array.Fill(index, -1);
        var mask = index.Length - 1;
        for (var i = 0; i < _index.Length; i++)
        {
            if (_index[i] < 0)
            {
                continue;
            }

            var at = (int)_hashes[i] & mask;
            while (index[at] >= 0)
            {
                at = (at + 1) & mask;
            }

            index[at] = _index[i];
            hashes[at] = _hashes[i];
        }

        _index = index;
        _hashes = hashes;
    }

    /// <summary>
    /// A 64-bit hash of short byte strings: each 8-byte word is mixed in with the murmur3
    /// finaliser, so a difference anywhere reaches every bit (a plain multiply only carries
    /// differences upward, and real order keys then collide).
    /// </summary>
    public static ulong Hash(ReadOnlySpan<byte> key)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
        while (key.Length >= 8)
        {
            hash = Mix(hash ^ MemoryMarshal.Read<ulong>(key));
            key = key[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < key.Length; i++)
        {
            tail |= (ulong)key[i] << (8 * i);
        }

        return Mix(hash ^ tail ^ 0xC2B2AE3D27D4EB4FUL);
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        x *= 0xC4CEB9FE1A85EC53UL;
        x ^= x >> 33;
        return x;
    }
}
