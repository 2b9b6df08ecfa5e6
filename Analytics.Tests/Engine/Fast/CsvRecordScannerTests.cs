using System.Text;
using LivePeak.Analytics.Engine.Fast;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// The plain-record scanner (over the structural index) agrees with the reference scanner on
/// every record it accepts, and leaves every other shape (quotes, a lone CR, an unfinished last
/// record) to it.
/// </summary>
[TestFixture]
public sealed class CsvRecordScannerTests
{
    private static readonly string[] Pieces = ["", "1", "abc", "12.5", "Sầu riêng", " x ", "\"q\"", "a\"b", "\r", "\t"];

    [Test]
    public void Plain_records_split_as_the_reference_scanner_splits_them()
    {
        var random = new Random(7);
        int[] needed = [0, 2, 3, 6];
        var scanner = new CsvRecordScanner((byte)',', needed);
        var accepted = 0;
        var declined = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var text = new StringBuilder();
            var records = random.Next(1, 6);
            for (var r = 0; r < records; r++)
            {
                var fields = random.Next(1, 9);
                text.AppendJoin(',', Enumerable.Range(0, fields).Select(_ => Pieces[random.Next(Pieces.Length)]));
                text.Append(random.Next(4) == 0 ? "\r\n" : "\n");
            }

            if (random.Next(5) == 0)
            {
                text.Append("tail,without,break");
            }

            var buffer = Encoding.UTF8.GetBytes(text.ToString());
            var index = new StructuralIndex((byte)',');
            index.Reset(0);
            var pos = 0;
            var plainFields = new FieldSpan[needed.Length];
            var referenceFields = new FieldSpan[needed.Length];
            while (pos < buffer.Length)
            {
                var plain = scanner.TryScanPlain(buffer, pos, index, plainFields, out var plainEnd, out var plainCount);
                var result = scanner.Scan(buffer, pos, isFinal: true, referenceFields, out var end, out var count, out var breaks, out var malformed);
                Assert.That(result, Is.EqualTo(ScanResult.Record));
                if (plain)
                {
                    accepted++;
                    var record = Encoding.UTF8.GetString(buffer, pos, end - pos);
                    Assert.That((plainEnd, plainCount, malformed, breaks), Is.EqualTo((end, count, false, 1)), record);
                    for (var f = 0; f < needed.Length; f++)
                    {
                        Assert.That((plainFields[f].Start, plainFields[f].Length), Is.EqualTo((referenceFields[f].Start, referenceFields[f].Length)), $"field {f} of {record}");
                        Assert.That(referenceFields[f].NeedsUnescape, Is.False);
                    }
                }
                else
                {
                    declined++;
                    index.SkipTo(end);
                }

                pos = end;
            }
        }

        Assert.That(accepted, Is.GreaterThan(1000), "plain records were tried");
        Assert.That(declined, Is.GreaterThan(1000), "other shapes were tried");
    }

    [TestCase("a,\"b,c\",d\n", Reason = "a quoted field")]
    [TestCase("a,b\rc\n", Reason = "a lone CR ends a record for the reference scanner")]
    [TestCase("a,b,c", Reason = "no line break yet: the reference scanner decides if more comes")]
    [TestCase("a,b\"c\n", Reason = "a stray quote marks the record malformed")]
    public void Other_shapes_are_left_to_the_reference_scanner(string text)
    {
        var scanner = new CsvRecordScanner((byte)',', [0, 1]);
        var index = new StructuralIndex((byte)',');
        index.Reset(0);
        Assert.That(scanner.TryScanPlain(Encoding.UTF8.GetBytes(text), 0, index, new FieldSpan[2], out _, out _), Is.False);
    }
}
