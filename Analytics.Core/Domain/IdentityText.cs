using System.Globalization;
using System.Runtime.InteropServices;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// Writes an identity's parts joined by U+001F, as <c>string.Join('\u001f', ...)</c> would, into a
/// caller's buffer and hashes the result (<see cref="IdentityHash"/>), so a loop over millions of
/// lines takes each line's identity without building its string. The value equals
/// <c>IdentityHash.Of(joined text)</c>; a part longer than the buffer moves it to the heap.
/// </summary>
internal ref struct IdentityText
{
    public const char Separator = '\u001f';

    private Span<char> _buffer;
    private int _length;
    private bool _started;

    public IdentityText(Span<char> buffer) => _buffer = buffer;

    /// <summary>Starts a new part (after a separator unless it is the first) holding <paramref name="text"/>.</summary>
    public void Part(ReadOnlySpan<char> text)
    {
        StartPart();
        Append(text);
    }

    /// <summary>Starts a new part holding <paramref name="value"/> as the invariant culture writes it.</summary>
    public void Part(long value)
    {
        StartPart();
        // A long takes at most 20 characters.
        Reserve(20);
        value.TryFormat(_buffer[_length..], out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Continues the current part with <paramref name="text"/>.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer[_length..]);
        _length += text.Length;
    }

    /// <summary>Starts a new part holding <paramref name="value"/> zero-padded (see <see cref="AppendPadded"/>).</summary>
    public void PartPadded(int value, int digits)
    {
        StartPart();
        AppendPadded(value, digits);
    }

    /// <summary>
    /// Continues the current part with <paramref name="value"/> in at least <paramref name="digits"/>
    /// digits, zero-padded, as the custom format of that many zeros ("0000") writes it: a custom
    /// format string is parsed on every call, which cost the general path 4% of its time.
    /// </summary>
    public void AppendPadded(int value, int digits)
    {
        Reserve(digits + 11);
        if (value < 0)
        {
            _buffer[_length++] = '-';
        }

        var magnitude = Math.Abs((long)value);
        var count = 1;
        for (var rest = magnitude / 10; rest > 0; rest /= 10)
        {
            count++;
        }

        count = Math.Max(count, digits);
        for (var i = count - 1; i >= 0; i--)
        {
            _buffer[_length + i] = (char)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }

        _length += count;
    }

    public readonly IdentityHash Hash() => IdentityHash.Of(MemoryMarshal.AsBytes((ReadOnlySpan<char>)_buffer[.._length]));

    /// <summary>The text hashed, for tests and messages.</summary>
    public override readonly string ToString() => new(_buffer[.._length]);

    private void StartPart()
    {
        if (_started)
        {
            Append([Separator]);
        }

        _started = true;
    }

    private void Reserve(int more)
    {
        if (_length + more <= _buffer.Length)
        {
            return;
        }

        var bigger = new char[Math.Max(_buffer.Length * 2, _length + more)];
        _buffer[.._length].CopyTo(bigger);
        _buffer = bigger;
    }
}
