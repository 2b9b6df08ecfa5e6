using System.Text;
using LivePeak.Analytics.Engine.Fast;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// The vectorised index of structural bytes finds exactly the positions a byte-by-byte look finds,
/// across its segment boundaries, after a reset and after skipping ahead.
/// </summary>
[TestFixture]
public sealed class StructuralIndexTests
{
    private static readonly byte[] Alphabet = "ab1,;\n\r\" é"u8.ToArray();

    [TestCase((byte)',', 1, Reason = "shorter than one vector: only the scalar tail runs")]
    [TestCase((byte)',', 63, Reason = "one byte short of a 64-byte block")]
    [TestCase((byte)',', 64, Reason = "exactly one block")]
    [TestCase((byte)',', 20_000, Reason = "several 8 KB segments")]
    [TestCase((byte)';', 20_001, Reason = "another separator, an odd tail")]
    public void Finds_every_structural_byte_in_order(byte separator, int length)
    {
        var random = new Random(length);
        var buffer = new byte[length];
        for (var i = 0; i < length; i++)
        {
            buffer[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        var index = new StructuralIndex(separator);
        index.Reset(0);
        var found = new List<int>();
        while (index.TryNext(buffer, out var position))
        {
            found.Add(position);
        }

        Assert.That(found, Is.EqualTo(Naive(buffer, separator, 0)));
    }

    [Test]
    public void Skipping_ahead_resumes_at_the_first_position_past_the_offset()
    {
        var buffer = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("12,ab,\"x\"\r\n", 3000)));
        var index = new StructuralIndex((byte)',');
        index.Reset(0);
        Assert.That(index.TryNext(buffer, out var first), Is.True);
        Assert.That(first, Is.EqualTo(2));
        foreach (var offset in new[] { 5, 7, 9_000, 9_001, 25_000 })
        {
            index.SkipTo(offset);
            Assert.That(index.TryNext(buffer, out var next), Is.True, $"after skipping to {offset}");
            Assert.That(next, Is.EqualTo(Naive(buffer, (byte)',', offset)[0]), $"after skipping to {offset}");
        }
    }

    [Test]
    public void A_reset_starts_over_from_the_given_offset()
    {
        var buffer = "a,b\nc,d\n"u8.ToArray();
        var index = new StructuralIndex((byte)',');
        index.Reset(0);
        index.TryNext(buffer, out _);
        index.Reset(4);
        var found = new List<int>();
        while (index.TryNext(buffer, out var position))
        {
            found.Add(position);
        }

        Assert.That(found, Is.EqualTo(new[] { 5, 7 }));
    }

    private static List<int> Naive(byte[] buffer, byte separator, int from) =>
        Enumerable.Range(from, buffer.Length - from)
            .Where(i => buffer[i] == separator || buffer[i] == (byte)'\n' || buffer[i] == (byte)'\r' || buffer[i] == (byte)'"')
            .ToList();
}
