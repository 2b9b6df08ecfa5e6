using LivePeak.Analytics.Import;
using LivePeak.Analytics.Scale;

namespace LivePeak.Tests.Scale;

/// <summary>What may become SQL text: checked identifiers and escaped literals, nothing else.</summary>
[TestFixture]
public sealed class SqlTextTests
{
    [TestCase("livepeak", TestName = "Identifier: letters")]
    [TestCase("shop_2026", TestName = "Identifier: letters, digits and underscores")]
    [TestCase("_staging", TestName = "Identifier: a leading underscore")]
    public void Plain_names_are_accepted(string name) => Assert.That(SqlText.Identifier(name, "--database"), Is.EqualTo(name));

    [TestCase("", TestName = "Identifier refused: empty")]
    [TestCase("2026", TestName = "Identifier refused: starts with a digit")]
    [TestCase("live peak", TestName = "Identifier refused: a space")]
    [TestCase("x`; DROP TABLE y; --", TestName = "Identifier refused: a backquote and a statement")]
    [TestCase("db.table", TestName = "Identifier refused: a dot (another database)")]
    [TestCase("cửa_hàng", TestName = "Identifier refused: non-ASCII letters")]
    [TestCase("a1234567890123456789012345678901234567890123456789012345678901234", TestName = "Identifier refused: 65 characters")]
    public void Anything_else_is_refused_not_escaped(string name)
    {
        Assert.That(() => SqlText.Identifier(name, "--database"),
            Throws.InstanceOf<UserInputException>().With.Property(nameof(UserInputException.ExitCode)).EqualTo(ExitCodes.BadOption)
                .And.Message.Contains("--database"));
    }

    [TestCase("shop", "'shop'", TestName = "Literal: plain")]
    [TestCase("O'Brien", @"'O\'Brien'", TestName = "Literal: a quote cannot end it")]
    [TestCase(@"a\", @"'a\\'", TestName = "Literal: a trailing backslash cannot escape the closing quote")]
    [TestCase("x'); DROP TABLE t; --", @"'x\'); DROP TABLE t; --'", TestName = "Literal: an injection stays text")]
    [TestCase("two\nlines\ttab", @"'two\nlines\ttab'", TestName = "Literal: line breaks and tabs escaped")]
    [TestCase("unit\u001fsep", @"'unit\x1Fsep'", TestName = "Literal: other ASCII controls as \\x bytes")]
    [TestCase("Nông sản 🍉", "'Nông sản 🍉'", TestName = "Literal: Unicode as UTF-8")]
    public void Literals_are_escaped(string value, string expected) => Assert.That(SqlText.Literal(value), Is.EqualTo(expected));
}
