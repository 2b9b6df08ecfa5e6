namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// Derives independent seeds from the user's seed, so each shop and day has its own random
/// stream: shop 1 is the same whether 1 or 5 shops are generated, and days can be produced in
/// any order. Pure integer arithmetic (SplitMix64), never <see cref="HashCode"/>, which is
/// randomised per process.
/// </summary>
internal static class SeedMixer
{
    public static int Mix(int seed, int a, int b)
    {
        var x = (ulong)(uint)seed;
        x = Step(x ^ ((ulong)(uint)a << 32));
        x = Step(x ^ (uint)b);
        return (int)(x >> 33);
    }

    private static ulong Step(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
