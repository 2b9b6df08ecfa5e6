using LivePeak.Analytics.Render.Svg;

namespace LivePeak.Tests.Render.Svg;

public sealed class SvgTextTests
{
    [TestCase("plain", "plain", Description = "nothing to escape is returned as is")]
    [TestCase("<script>", "&lt;script&gt;", Description = "tags cannot open")]
    [TestCase("a & b", "a &amp; b", Description = "ampersand")]
    [TestCase("\"x\" 'y'", "&quot;x&quot; &#39;y&#39;", Description = "both quotes, so attributes cannot close")]
    [TestCase("a\u0001b\u0008c", "abc", Description = "control characters are not allowed in XML 1.0")]
    [TestCase("line\nbreak\ttab", "line break tab", Description = "whitespace controls become spaces")]
    [TestCase("🍍 dứa", "🍍 dứa", Description = "emoji and Vietnamese pass through")]
    public void Escape(string text, string expected) => Assert.That(SvgText.Escape(text), Is.EqualTo(expected));

    [Test]
    public void A_lone_surrogate_becomes_a_replacement_character() =>
        Assert.That(SvgText.Escape(new string(['x', (char)0xD800, 'y'])), Is.EqualTo("x\uFFFDy"), "a lone surrogate cannot be encoded in UTF-8");

    [TestCase(0.0, "0")]
    [TestCase(-0.001, "0", Description = "never -0")]
    [TestCase(12.345, "12.35", Description = "two decimals, rounded half away")]
    [TestCase(-7.5, "-7.5")]
    [TestCase(1234567.0, "1234567", Description = "no grouping")]
    public void Number(double value, string expected) => Assert.That(SvgText.Number(value), Is.EqualTo(expected));
}
