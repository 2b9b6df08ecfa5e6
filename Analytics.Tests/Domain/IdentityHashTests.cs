using System.Text;
using LivePeak.Analytics.Domain;

namespace LivePeak.Tests.Domain;

[TestFixture]
public sealed class IdentityHashTests
{
    [TestCase("hello", "121118445609844952839898260755277781762", TestName = "Published MurmurHash3 x64-128 value of a key shorter than one block")]
    [TestCase("hello world", "228083453807047072434243676435732455694", TestName = "Published value of a key with a tail past eight bytes")]
    [TestCase("", "0", TestName = "The empty key with seed 0 is zero in the reference")]
    public void Is_MurmurHash3_x64_128_with_seed_zero(string ascii, string value) =>
        Assert.That(IdentityHash.Of(Encoding.ASCII.GetBytes(ascii)).ToUInt128(), Is.EqualTo(UInt128.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void A_million_order_keys_that_differ_in_a_digit_or_a_day_get_a_million_values()
    {
        // The shape of real order keys: platform, shop, a sequential id and the day it was created.
        var seen = new HashSet<IdentityHash>();
        for (var i = 0; i < 1_000_000; i++)
        {
            seen.Add(IdentityHash.Of($"tiktok\u001fS{i % 500:0000}\u001f{100_000_000 + i / 3}\u001f2025{1 + i % 12:00}{1 + i % 28:00}"));
        }

        Assert.That(seen, Has.Count.EqualTo(1_000_000));
    }

    [Test]
    public void Changing_any_one_byte_or_adding_a_zero_byte_changes_both_halves()
    {
        var key = Encoding.UTF8.GetBytes("shopee\u001fCửa hàng Tây Bắc\u001f2405301234ABCD\u001fSKU-01\u001f638530000000000000");
        var hash = IdentityHash.Of(key);
        var changed = new List<IdentityHash>();
        for (var i = 0; i < key.Length; i++)
        {
            var copy = (byte[])key.Clone();
            copy[i] ^= 1;
            changed.Add(IdentityHash.Of(copy));
        }

        changed.Add(IdentityHash.Of([.. key, 0]));
        Assert.That(changed.Where(c => c.Low == hash.Low || c.High == hash.High), Is.Empty);
    }

    [Test]
    public void A_string_is_hashed_by_its_UTF16_code_units() =>
        Assert.That(IdentityHash.Of("Tây"), Is.EqualTo(IdentityHash.Of(Encoding.Unicode.GetBytes("Tây"))));
}
