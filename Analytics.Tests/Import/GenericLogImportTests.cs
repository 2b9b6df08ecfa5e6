using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Tests.Support;
using NodaTime;
using static LivePeak.Tests.Support.FixtureImport;

namespace LivePeak.Tests.Import;

/// <summary>
/// Generic logs (POS exports, hand-kept sheets) read through a user's <c>--map</c>. Each fixture is
/// a few hand-typed lines; the expected lines are worked out by hand.
/// </summary>
[TestFixture]
public sealed class GenericLogImportTests
{
    private static ImportResult Read(string fixture, string map, CultureInfo? culture = null, string? timeFormat = null) =>
        ImportFile(fixture, new ImportOptions { Map = ColumnMap.Parse(map), Culture = culture, TimeFormat = timeFormat });

    private static OrderLine Line(string order, string product, string name, decimal quantity, decimal revenue, ZonedDateTime created,
        OrderStatus status = OrderStatus.Completed) =>
        new(Platform.Other, "default", order, product, product, name, quantity, Money.FromDecimal(revenue), created, status, null);

    [Test]
    public void Timestamp_map_without_amount_takes_quantity_times_unit_price()
    {
        var result = Read("generic_timestamp_unit_price.csv",
            "timestamp=Thời điểm;order=Mã HĐ;product=Mã SP;product_name=Tên SP;quantity=SL;unit_price=Đơn giá;status=Trạng thái");

        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            Line("HD001", "SP01", "Áo sơ mi", 2, 300_000m, Local(2026, 6, 1, 19, 30)),
            Line("HD002", "SP02", "Quần tây", 1, 320_000.5m, Local(2026, 6, 1, 19, 45), OrderStatus.Cancelled),
            // An empty status is a plain sale.
            Line("HD003", "SP01", "Áo sơ mi", 3, 450_000m, Local(2026, 6, 2, 8, 0)),
        }));
        Assert.That(result.Report.Kind, Is.EqualTo("generic"));
    }

    [Test]
    public void Date_and_time_map_without_amount_or_price_gives_zero_revenue()
    {
        var result = Read("generic_date_time_no_price.csv", "date=Ngày;time=Giờ;order=Đơn;product=Sản phẩm;quantity=Số lượng");

        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            Line("FB-1001", "Bánh tráng trộn", "Bánh tráng trộn", 2, 0m, Local(2026, 6, 15, 20, 5)),
            Line("FB-1002", "Bánh tráng trộn", "Bánh tráng trộn", 1, 0m, Local(2026, 6, 15, 20, 17)),
            Line("FB-1003", "Trà tắc", "Trà tắc", 4, 0m, Local(2026, 6, 16, 9, 0)),
        }));
        Assert.That(result.Report.TimeFormat, Is.EqualTo("dd/MM/yyyy HH:mm"));
    }

    [Test]
    public void Without_a_status_column_negative_quantities_net_out_in_items_and_gmv()
    {
        var result = Read("generic_no_status_returns.csv", "timestamp=created;order=invoice;product=sku;quantity=qty;unit_price=price");
        var cube = SlotCube.Build(result.Lines, SlotLength.Hour, ImportOptions.DefaultTimeZoneId);

        // 2026-06-05 is a Friday; all three lines fall in 20:00-21:00.
        var slot = cube[new Slot(IsoDayOfWeek.Friday, 20 * 60, SlotLength.Hour)];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Lines.Select(l => (l.Quantity, l.Revenue.ToDecimal(), l.Status)), Is.EqualTo(new[]
            {
                (3m, 300_000m, OrderStatus.Completed), (-1m, -100_000m, OrderStatus.Completed), (2m, 100_000m, OrderStatus.Completed),
            }));
            Assert.That(slot.Items, Is.EqualTo(4m), "3 - 1 + 2");
            Assert.That(slot.Gmv, Is.EqualTo(Money.FromDecimal(300_000m)), "300,000 - 100,000 + 100,000");
            Assert.That(slot.Orders, Is.EqualTo(2), "the return line (quantity -1) is not an order");
        }
    }

    [Test]
    public void An_unknown_status_counts_as_pending_and_is_listed_in_the_report()
    {
        var result = Read("generic_unknown_status.csv", "timestamp=time;order=order;product=product;quantity=qty;amount=amount;status=status");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Lines.Select(l => l.Status), Is.EqualTo(new[] { OrderStatus.Pending, OrderStatus.Pending, OrderStatus.Completed }));
            Assert.That(result.Report.UnknownStatuses, Is.EquivalentTo(new Dictionary<string, long> { ["Đang xử lý khiếu nại"] = 2 }));
        }
    }

    [Test]
    public void Semicolon_separated_log_with_vietnamese_culture_reads_dot_thousands_and_comma_decimals()
    {
        var result = Read("generic_semicolon_vi.csv", "timestamp=Thời gian;order=Mã đơn;product=Sản phẩm;quantity=Số lượng;amount=Thành tiền",
            CultureInfo.GetCultureInfo("vi-VN"));

        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            Line("DH-01", "Nước mắm", "Nước mắm", 2, 1_250_000m, Local(2026, 7, 1, 19, 0)),
            Line("DH-02", "Mắm tôm", "Mắm tôm", 1, 89_500m, Local(2026, 7, 13, 21, 30)),
            Line("DH-03", "Tương ớt", "Tương ớt", 1, 12_345.5m, Local(2026, 7, 14, 22, 0)),
        }));
    }

    [Test]
    public void Timestamps_with_an_explicit_offset_are_converted_to_the_shop_zone()
    {
        var result = Read("generic_offsets.csv", "timestamp=ts;order=order;product=product;quantity=qty;amount=amount");

        Assert.That(result.Lines.Select(l => l.Created), Is.EqualTo(new[]
        {
            Local(2026, 6, 1, 10, 0),                                          // 03:00Z + 7h
            Local(2026, 6, 1, 8, 0),                                           // 10:00+09:00 = 01:00Z
            new LocalDateTime(2026, 6, 1, 8, 30, 0, 250).InZoneStrictly(HoChiMinh), // 23:30:00.25-02:00 = 01:30:00.25Z next day
        }));
    }

    [Test]
    public void Ambiguous_day_month_dates_are_read_day_first_with_a_warning()
    {
        var result = Read("generic_ambiguous_dates.csv", "timestamp=date;order=order;product=product;quantity=qty;amount=amount");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Lines.Select(l => l.Created), Is.EqualTo(new[]
            {
                Local(2026, 4, 3, 10, 0), Local(2026, 6, 5, 11, 30), Local(2026, 11, 12, 9, 15),
            }));
            Assert.That(result.Report.Warnings, Has.Count.EqualTo(1));
            Assert.That(result.Report.Warnings[0], Does.Contain("dd/MM/yyyy HH:mm").And.Contain("M/d/yyyy H:mm").And.Contain("--time-format"));
        }
    }

    [Test]
    public void A_time_format_given_by_the_user_overrides_detection_and_silences_the_warning()
    {
        var result = Read("generic_ambiguous_dates.csv", "timestamp=date;order=order;product=product;quantity=qty;amount=amount",
            timeFormat: "MM/dd/yyyy HH:mm");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Lines.Select(l => l.Created), Is.EqualTo(new[]
            {
                Local(2026, 3, 4, 10, 0), Local(2026, 5, 6, 11, 30), Local(2026, 12, 11, 9, 15),
            }));
            Assert.That(result.Report.Warnings, Is.Empty);
            Assert.That(result.Report.TimeFormat, Is.EqualTo("MM/dd/yyyy HH:mm"));
        }
    }

    [TestCase("dd/MM/yyyy HH:mm xyz", TestName = "A time format with unknown pattern letters is a bad option, not a crash")]
    [TestCase("dd/MM/yyyy HH:mm'", TestName = "A time format with an unclosed quote is a bad option, not a crash")]
    public void An_invalid_time_format_is_reported_as_a_bad_option(string timeFormat)
    {
        var error = Assert.Throws<UserInputException>(() => Read("generic_ambiguous_dates.csv",
            "timestamp=date;order=order;product=product;quantity=qty;amount=amount", timeFormat: timeFormat));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.ExitCode, Is.EqualTo(ExitCodes.BadOption));
            Assert.That(error.Message, Does.Contain(timeFormat));
        }
    }

    [Test]
    public void An_unreadable_time_does_not_change_how_the_other_times_of_the_file_are_read()
    {
        // 12/25 can only be month-first, so 02/01 is February 1; the garbage row is rejected alone.
        var result = Read("generic_month_first_with_bad_date.csv", "timestamp=date;order=order;product=product;quantity=qty;amount=amount");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Lines.Select(l => (l.OrderId, l.Created)), Is.EqualTo(new[]
            {
                ("U1", Local(2026, 2, 1, 10, 0)), ("U2", Local(2026, 12, 25, 11, 0)),
            }));
            Assert.That(result.Rejects.Select(r => (r.Line, r.Column)), Is.EqualTo(new[] { (4L, (string?)"date") }));
            Assert.That(result.Report.TimeFormat, Is.EqualTo("M/d/yyyy H:mm"));
        }
    }
}
