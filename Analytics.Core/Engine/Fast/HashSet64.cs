namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// A set of 64-bit hashes that empties in constant time: each entry carries the generation it was
/// added in, and <see cref="Clear"/> starts a new generation. The fast reader empties its set of
/// a window's orders thousands of times per chunk, which a <see cref="HashSet{T}"/> makes costly.
/// </summary>
internal sealed class HashSet64
{
    private ulong[] _keys = new ulong[1 << 10];
    private int[] _generations = new int[1 << 10];
    private int _generation = 1;

    public int Count { get; private set; }

    /// <summary>Adds the hash; false when it is already in the set.</summary>
    public bool Add(ulong key)
    {
        var mask = _keys.Length - 1;
        var at = (int)(key ^ key >> 32) & mask;
        while (_generations[at] == _generation)
        {
            if (_keys[at] == key)
            {
                return false;
            }

            at = (at + 1) & mask;
        }

        _keys[at] = key;
        _generations[at] = _generation;
        if (++Count * 2 > _keys.Length)
        {
            Grow();
        }

        return true;
    }

    public void Clear()
    {
        Count = 0;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_generations);
            _generation = 1;
        }
    }

    public HashSet<ulong> ToHashSet()
    {
        var set = new HashSet<ulong>(Count);
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_generations[i] == _generation)
            {
                set.Add(_keys[i]);
            }
        }

        return set;
    }

    private void Grow()
    {
        var keys = _keys;
        var generations = _generations;
        _keys = new ulong[keys.Length * 2];
        _generations = new int[keys.Length * 2];
        var live = _generation;
        _generation = 1;
        Count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (generations[i] == live)
            {
                Add(keys[i]);
            }
        }
    }
}
