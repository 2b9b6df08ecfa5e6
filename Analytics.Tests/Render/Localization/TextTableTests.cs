using System.Text.RegularExpressions;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Tests.Render.Localization;

/// <summary>The two string tables say the same things: same keys, same placeholders, nothing empty.</summary>
public sealed partial class TextTableTests
{
    private static readonly TextTable En = TextTable.For(Language.English);
    private static readonly TextTable Vi = TextTable.For(Language.Vietnamese);

    [Test]
    public void Both_languages_have_the_same_keys()
    {
        Assert.That(Vi.Keys, Is.EquivalentTo(En.Keys));
        Assert.That(En.Keys.Count(), Is.GreaterThan(50));
    }

    [Test]
    public void Every_text_is_filled_in_and_uses_the_same_placeholders_in_both_languages()
    {
        Assert.Multiple(() =>
        {
            foreach (var key in En.Keys)
            {
                Assert.That(En[key].Trim(), Is.Not.Empty, key);
                Assert.That(Vi[key].Trim(), Is.Not.Empty, key);
                Assert.That(Placeholders(Vi[key]), Is.EquivalentTo(Placeholders(En[key])), key);
            }
        });
    }

    [Test]
    public void Vietnamese_texts_are_in_Vietnamese()
    {
        // Most sentences carry Vietnamese letters; a copied English text would not.
        var sentences = Vi.Keys.Where(k => En[k].Contains(' ', StringComparison.Ordinal) && En[k].Length > 25).ToList();
        var vietnamese = sentences.Count(k => VietnameseLetter().IsMatch(Vi[k]));
        Assert.That(vietnamese, Is.EqualTo(sentences.Count), string.Join(", ", sentences.Where(k => !VietnameseLetter().IsMatch(Vi[k]))));
    }

    [Test]
    public void Format_fills_named_placeholders_and_a_missing_key_is_an_error()
    {
        Assert.That(En.Format("samples.days", ("count", "12")), Is.EqualTo("12 days"));
        Assert.That(Vi.Format("samples.lives", ("count", "3")), Is.EqualTo("3 buổi LIVE"));
        Assert.That(() => En["no.such.key"], Throws.InstanceOf<KeyNotFoundException>());
    }

    [Test]
    public void Every_field_a_reject_reason_can_name_has_a_text()
    {
        // Reasons name fields by key ("unreadable {field}"); a missing key would fail at the user's desk.
        var keys = Enum.GetNames<Analytics.Import.Layouts.OrderField>().Select(f => "field.order." + f.ToLowerInvariant())
            .Concat(Enum.GetNames<Analytics.Import.Layouts.SessionField>().Select(f => "field.live." + f))
            .Concat(Enum.GetNames<Analytics.Import.Layouts.DetailField>().Select(f => "field.live." + f))
            .Distinct();

        Assert.That(En.Keys, Is.SupersetOf(keys));
    }

    [Test]
    public void Format_fills_in_one_pass_so_braces_in_user_data_stay_as_they_are()
    {
        // A file named after a placeholder must not pull the next value into its own place.
        var text = En.Format("error.input.unreadable", ("path", "orders-{reason}.csv"), ("reason", "disk error"));

        Assert.That(text, Is.EqualTo("orders-{reason}.csv: cannot read the file (disk error)"));
    }

    [TestCase("vi", Language.Vietnamese)]
    [TestCase("VI-vn", Language.Vietnamese)]
    [TestCase("en", Language.English)]
    [TestCase("english", Language.English)]
    public void Languages_parse_by_code(string text, Language expected)
    {
        Assert.That(Languages.TryParse(text, out var language), Is.True);
        Assert.That(language, Is.EqualTo(expected));
    }

    [TestCase("vi-VN", Language.Vietnamese, Description = "a Vietnamese desktop gets Vietnamese")]
    [TestCase("vi", Language.Vietnamese)]
    [TestCase("en-US", Language.English)]
    [TestCase("fr-FR", Language.English, Description = "languages LivePeak does not write fall back to English")]
    public void The_UI_culture_only_picks_the_language(string culture, Language expected) =>
        Assert.That(Languages.FromCulture(System.Globalization.CultureInfo.GetCultureInfo(culture)), Is.EqualTo(expected));

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();
}
