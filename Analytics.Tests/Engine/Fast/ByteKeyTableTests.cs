using System.Text;
using LivePeak.Analytics.Engine.Fast;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>The interning table gives the ids a dictionary gives, for short (inline) and long keys;
/// its hash of order keys tells apart keys that differ in any one byte.</summary>
[TestFixture]
public sealed class ByteKeyTableTests
{
    [Test]
    public void Gives_each_distinct_key_one_dense_id_in_order_of_first_sight()
    {
        var random = new Random(3);
        var table = new ByteKeyTable();
        var oracle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 50_000; i++)
        {
            // Keys that differ only in one byte, prefixes of each other, with zero bytes, and long ones.
            var length = random.Next(0, 40);
            var key = new string(Enumerable.Range(0, length).Select(_ => "P0\0é"[random.Next(4)]).ToArray());
            var bytes = Encoding.UTF8.GetBytes(key);
            var id = table.GetOrAdd(bytes, out var added);
            if (!oracle.TryGetValue(key, out var expected))
            {
                expected = oracle.Count;
                oracle[key] = expected;
                Assert.That(added, Is.True, key);
            }
            else
            {
                Assert.That(added, Is.False, key);
            }

            Assert.That(id, Is.EqualTo(expected), key);
            Assert.That(table.KeyAt(id).SequenceEqual(bytes), Is.True);
        }

        Assert.That(table.Count, Is.EqualTo(oracle.Count));
        Assert.That(oracle.Count, Is.GreaterThan(5_000), "the table grew several times");
    }

    [Test]
    public void Finds_a_key_without_adding_it_and_answers_minus_one_for_a_key_it_lacks()
    {
        var random = new Random(5);
        var table = new ByteKeyTable();
        var added = new List<string>();
        for (var i = 0; i < 3_000; i++)
        {
            var key = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => "P0\0é"[random.Next(4)]).ToArray());
            table.GetOrAdd(Encoding.UTF8.GetBytes(key), out _);
            added.Add(key);
        }

        var ids = added.Distinct().Select((key, id) => (key, id)).ToDictionary(p => p.key, p => p.id, StringComparer.Ordinal);
        var count = table.Count;
        foreach (var (key, id) in ids)
        {
            Assert.That(table.IndexOf(Encoding.UTF8.GetBytes(key)), Is.EqualTo(id), key);
        }

        for (var i = 0; i < 3_000; i++)
        {
            var key = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => "PQ\0é"[random.Next(4)]).ToArray());
            Assert.That(table.IndexOf(Encoding.UTF8.GetBytes(key)), Is.EqualTo(ids.GetValueOrDefault(key, -1)), key);
        }

        Assert.That(table.Count, Is.EqualTo(count), "looking up adds nothing");
    }

    [Test]
    public void The_hash_changes_when_any_one_byte_of_a_key_changes()
    {
        // Every length up to five words and a bit, every byte position: a byte the hash skipped
        // (a tail read from the wrong place, say) would leave some changed key with the same hash.
        var random = new Random(5);
        for (var length = 0; length <= 42; length++)
        {
            var key = new byte[length];
            random.NextBytes(key);
            var hash = ByteKeyTable.Hash(key);
            for (var at = 0; at < length; at++)
            {
                var changed = (byte[])key.Clone();
                changed[at] ^= (byte)(1 << random.Next(8));
                Assert.That(ByteKeyTable.Hash(changed), Is.Not.EqualTo(hash), $"length {length}, byte {at}");
            }

            Assert.That(ByteKeyTable.Hash([.. key, 0]), Is.Not.EqualTo(hash), $"length {length} and one more zero byte");
        }
    }
}
