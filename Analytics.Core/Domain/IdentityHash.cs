using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// The identity of an order or an order line (platform, shop, id, day...) as 128 bits
/// (MurmurHash3 x64-128 of its text), so what the general path remembers per order or line is 16
/// bytes rather than a string of 50 to 100.
/// <para>
/// Two different identities get the same value with a chance of about n^2 / 2^129 among n of
/// them: below 10^-18 for ten billion lines. That is the only way a count could differ from one
/// kept with the texts themselves, and it is far below the chance of a memory error.
/// </para>
/// <para>
/// Two longs rather than a <see cref="UInt128"/>: that one is aligned to 16 bytes, which makes a
/// dictionary entry 48 bytes instead of 32.
/// </para>
/// </summary>
internal readonly record struct IdentityHash(ulong Low, ulong High)
{
    private const ulong C1 = 0x87C37B91114253D5UL;
    private const ulong C2 = 0x4CF5AD432745937FUL;

    public static IdentityHash Of(string text) => Of(MemoryMarshal.AsBytes(text.AsSpan()));

    public static IdentityHash Of(ReadOnlySpan<byte> data)
    {
        ulong h1 = 0, h2 = 0;
        var length = (ulong)data.Length;
        while (data.Length >= 16)
        {
            var k1 = BinaryPrimitives.ReadUInt64LittleEndian(data);
            var k2 = BinaryPrimitives.ReadUInt64LittleEndian(data[8..]);
            h1 ^= MixK1(k1);
            h1 = BitOperations.RotateLeft(h1, 27) + h2;
            h1 = h1 * 5 + 0x52DCE729;
            h2 ^= MixK2(k2);
            h2 = BitOperations.RotateLeft(h2, 31) + h1;
            h2 = h2 * 5 + 0x38495AB5;
            data = data[16..];
        }

        if (data.Length > 0)
        {
            Span<byte> tail = stackalloc byte[16];
            tail.Clear();
            data.CopyTo(tail);
            if (data.Length > 8)
            {
                h2 ^= MixK2(BinaryPrimitives.ReadUInt64LittleEndian(tail[8..]));
            }

            h1 ^= MixK1(BinaryPrimitives.ReadUInt64LittleEndian(tail));
        }

        h1 ^= length;
        h2 ^= length;
        h1 += h2;
        h2 += h1;
        h1 = Finalise(h1);
        h2 = Finalise(h2);
        h1 += h2;
        h2 += h1;
        return new IdentityHash(h1, h2);
    }

    // The halves are well mixed already; the low one is a good hash code as it is.
    public override int GetHashCode() => (int)Low;

    public UInt128 ToUInt128() => new(High, Low);

    private static ulong MixK1(ulong k) => BitOperations.RotateLeft(k * C1, 31) * C2;

    private static ulong MixK2(ulong k) => BitOperations.RotateLeft(k * C2, 33) * C1;

    /// <summary>MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Finalise(ulong k)
    {
        k ^= k >> 33;
        k *= 0xFF51AFD7ED558CCDUL;
        k ^= k >> 33;
        k *= 0xC4CEB9FE1A85EC53UL;
        k ^= k >> 33;
        return k;
    }
}
