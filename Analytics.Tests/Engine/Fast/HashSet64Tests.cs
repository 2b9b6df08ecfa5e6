using LivePeak.Analytics.Engine.Fast;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>The generation-stamped set behaves as a <see cref="HashSet{T}"/> through adds, clears and growth.</summary>
[TestFixture]
public sealed class HashSet64Tests
{
    [Test]
    public void Adds_and_clears_as_a_hash_set_does()
    {
        var random = new Random(11);
        var set = new HashSet64();
        var oracle = new HashSet<ulong>();
        for (var i = 0; i < 200_000; i++)
        {
            if (random.Next(500) == 0)
            {
                set.Clear();
                oracle.Clear();
                continue;
            }

            // Few distinct values so repeats are common; some sets grow past the first capacity.
            var value = (ulong)random.Next(random.Next(2) == 0 ? 50 : 5_000) * 0x9E3779B97F4A7C15UL;
            Assert.That(set.Add(value), Is.EqualTo(oracle.Add(value)));
            Assert.That(set.Count, Is.EqualTo(oracle.Count));
        }

        Assert.That(set.ToHashSet(), Is.EquivalentTo(oracle));
    }
}
