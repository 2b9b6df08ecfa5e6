using LivePeak.Analytics.Scale;

namespace LivePeak.Tests.Scale;

/// <summary>TabSeparated rows: every value survives, whatever characters it holds, and stays one value.</summary>
[TestFixture]
public sealed class TsvTextTests
{
    [TestCase("plain", "plain", TestName = "TSV: plain text is sent as is")]
    [TestCase("a\tb", @"a\tb", TestName = "TSV: a tab cannot split a value")]
    [TestCase("a\nb", @"a\nb", TestName = "TSV: a newline cannot end the row")]
    [TestCase("a\r\nb", @"a\r\nb", TestName = "TSV: CR LF is escaped")]
    [TestCase(@"C:\shop\N", @"C:\\shop\\N", TestName = "TSV: backslashes are doubled, so \\N stays text")]
    [TestCase(@"\N", @"\\N", TestName = "TSV: the text \\N is not NULL")]
    [TestCase("nul\0byte", @"nul\0byte", TestName = "TSV: NUL is escaped")]
    [TestCase("O'Brien <script>🍉", "O'Brien <script>🍉", TestName = "TSV: quotes, markup and emoji need no escape")]
    public void Escape(string value, string expected) => Assert.That(TsvText.Escape(value), Is.EqualTo(expected));

    [Test]
    public void A_lone_backslash_N_is_null_and_an_empty_value_is_empty()
    {
        Assert.That(TsvText.SplitRow(@"\N" + "\t\t" + @"\\N"), Is.EqualTo(new string?[] { null, string.Empty, @"\N" }));
    }

    [Test]
    public void Rows_keep_a_row_of_one_empty_value()
    {
        Assert.That(TsvText.Rows("a\tb\n\nc\td\n").ToList(), Is.EqualTo(new[] { new[] { "a", "b" }, new[] { string.Empty }, new[] { "c", "d" } }));
    }

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public bool Any_values_written_as_a_row_read_back_equal(string?[] values)
    {
        if (values.Length == 0)
        {
            return true;
        }

        var row = string.Join('\t', values.Select(TsvText.EscapeNullable));
        return !row.Contains('\n', StringComparison.Ordinal) && TsvText.SplitRow(row).SequenceEqual(values);
    }
}
