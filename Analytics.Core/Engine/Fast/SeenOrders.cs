namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// The 64-bit hashes of the orders a chunk has finished, to prove each order's lines are adjacent
/// (the fast path counts an order once per run of its lines). Bounded: past its capacity it stops
/// checking. A hash collision can only raise a false alarm, which sends the file to the general
/// path: slower, never wrong.
/// </summary>
internal sealed class SeenOrders(int capacity)
{
    private readonly ulong[] _slots = new ulong[capacity * 2];
    private int _count;

    public bool IsFull => _count >= capacity;

    /// <summary>Forgets everything: each chunk checks its own orders.</summary>
    public void Clear()
    {
        if (_count > 0)
        {
            Array.Clear(_slots);
            _count = 0;
        }
    }

    /// <summary>Adds the hash; false when it was already there.</summary>
    public bool Add(ulong hash)
    {
        if (IsFull)
        {
            return true;
        }

        hash |= 1; // 0 marks an empty slot
        var mask = (ulong)_slots.Length;
        var at = (int)(hash % mask);
        while (_slots[at] != 0)
        {
            if (_slots[at] == hash)
            {
                return false;
            }

            at = at + 1 == _slots.Length ? 0 : at + 1;
        }

        _slots[at] = hash;
        _count++;
        return true;
    }
}
