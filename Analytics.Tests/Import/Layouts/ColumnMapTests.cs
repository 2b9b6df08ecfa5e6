using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Tests.Import.Layouts;

[TestFixture]
public sealed class ColumnMapTests
{
    [Test]
    public void Headers_in_a_map_are_normalised_like_file_headers()
    {
        var map = ColumnMap.Parse(" timestamp =  Thời   điểm ; ORDER=Mã HĐ;;");

        Assert.That(map.Columns, Is.EquivalentTo(new Dictionary<OrderField, string>
        {
            [OrderField.Timestamp] = "Thời điểm",
            [OrderField.OrderId] = "Mã HĐ",
        }));
    }

    [Test]
    public void Date_and_time_may_replace_timestamp()
    {
        var map = ColumnMap.Parse("date=Ngày;time=Giờ;order=Đơn");

        Assert.That(map.Columns.Keys, Is.EquivalentTo(new[] { OrderField.Date, OrderField.Time, OrderField.OrderId }));
    }

    [TestCase("order=Mã", "timestamp", TestName = "A map needs a time column")]
    [TestCase("timestamp=T", "'order'", TestName = "A map needs an order column")]
    [TestCase("timestamp=T;date=D;order=O", "not both", TestName = "Timestamp and date cannot both be given")]
    [TestCase("timestamp=T;time=H;order=O", "not both", TestName = "Timestamp and time cannot both be given")]
    [TestCase("timestamp=T;order=O;colour=C", "unknown", TestName = "Unknown keys are refused, listing the known ones")]
    [TestCase("timestamp=T;order=O;order=P", "twice", TestName = "A key named twice is refused")]
    [TestCase("timestamp;order=O", "not key=Header", TestName = "An entry without = is refused")]
    [TestCase("timestamp=T;order=", "not key=Header", TestName = "An entry without a header is refused")]
    public void Bad_maps_are_refused_with_a_reason(string text, string reasonPart)
    {
        var error = Assert.Throws<UserInputException>(() => ColumnMap.Parse(text));

        Assert.That(error!.Message, Does.Contain(reasonPart));
        Assert.That(error.ExitCode, Is.EqualTo(ExitCodes.BadOption), "a map that cannot work is a bad option");
    }
}
