namespace LivePeak.Analytics.Engine.Fast;

/// <summary>
/// Remembers what a few distinct byte strings (status texts, platform names) mean, so each is
/// decoded and looked up once per chunk rather than once per row.
/// </summary>
internal sealed class TextCache<T>
{
    private readonly List<(byte[] Key, T Value)> _entries = [];

    public IReadOnlyList<(byte[] Key, T Value)> Entries => _entries;

    public int IndexOf(ReadOnlySpan<byte> key)
    {
        for (var i = 0; i < _entries.Count; i++)
        {
            if (key.SequenceEqual(_entries[i].Key))
            {
                return i;
            }
        }

        return -1;
    }

    public int Add(ReadOnlySpan<byte> key, T value)
    {
        _entries.Add((key.ToArray(), value));
        return _entries.Count - 1;
    }

    public T this[int index] => _entries[index].Value;

    public int Count => _entries.Count;
}
