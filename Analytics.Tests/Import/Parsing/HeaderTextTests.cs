using System.Text;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Tests.Import.Parsing;

[TestFixture]
public sealed class HeaderTextTests
{
    [TestCase("\uFEFFOrder ID", "Order ID", TestName = "A byte order mark is dropped")]
    [TestCase("Order\u00A0ID", "Order ID", TestName = "NBSP becomes a plain space")]
    [TestCase("  Order \t  ID \r\n", "Order ID", TestName = "Runs of whitespace fold to one space and the ends are trimmed")]
    [TestCase("Order\u200BID", "OrderID", TestName = "A zero-width space is dropped")]
    [TestCase("Ma\u0303 \u0111o\u031Bn ha\u0300ng", "M\u00E3 \u0111\u01A1n h\u00E0ng", TestName = "Decomposed (NFD) Vietnamese becomes composed (NFC)")]
    [TestCase("M\u00E3 \u0111\u01A1n h\u00E0ng", "M\u00E3 \u0111\u01A1n h\u00E0ng", TestName = "Composed Vietnamese is kept")]
    [TestCase("Tổng số tiền Người mua thanh toán", "Tổng số tiền Người mua thanh toán", TestName = "Letter case is kept (Shopee column 29 vs 46)")]
    [TestCase("", "", TestName = "Empty stays empty")]
    [TestCase(" \u00A0\t", "", TestName = "Only whitespace becomes empty")]
    public void Normalize(string text, string expected)
    {
        var normalized = HeaderText.Normalize(text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(normalized, Is.EqualTo(expected));
            Assert.That(normalized.IsNormalized(NormalizationForm.FormC), Is.True);
        }
    }

    [Test]
    public void Normalize_of_null_is_empty() => Assert.That(HeaderText.Normalize(null), Is.Empty);

    [TestCase("\t150,000 \u00A0", "150,000", TestName = "A cell loses tabs, spaces and NBSP at its ends")]
    [TestCase("\uFEFF578123456789012345", "578123456789012345", TestName = "A cell loses a BOM")]
    [TestCase("Đen,  M", "Đen,  M", TestName = "Inner spacing of a cell is kept")]
    public void TrimCell(string text, string expected) => Assert.That(HeaderText.TrimCell(text), Is.EqualTo(expected));
}
