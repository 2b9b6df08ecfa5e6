using System.Collections;
using System.Runtime.InteropServices;

namespace LivePeak.Analytics.Models.Products;

/// <summary>Strings numbered as first seen: rows and baskets keep a number, not a string each.</summary>
internal sealed class NumberedTexts : IReadOnlyList<string>
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int Count => _texts.Count;

    public string this[int index] => _texts[index];

    /// <summary>The number of a text, numbering it if it is new.</summary>
    public int Of(string text)
    {
        ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, text, out var known);
        if (!known)
        {
            index = _texts.Count;
            _texts.Add(text);
        }

        return index;
    }

    /// <summary>The number of a text seen before; -2 (no line's) otherwise.</summary>
    public int IndexOf(string text) => _index.TryGetValue(text, out var index) ? index : -2;

    public IEnumerator<string> GetEnumerator() => _texts.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
