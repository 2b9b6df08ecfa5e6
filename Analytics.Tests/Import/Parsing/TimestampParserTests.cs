using System.Globalization;
using LivePeak.Analytics.Import.Layouts;
using LivePeak.Analytics.Import.Parsing;
using LivePeak.Analytics.Import.Tables;
using NodaTime;

namespace LivePeak.Tests.Import.Parsing;

[TestFixture]
public sealed class TimestampParserTests
{
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static IReadOnlyList<string> FormatsOf(string kind) =>
        kind == "generic" ? TimestampParser.GenericFormats : KnownOrderLayouts.All.Single(l => l.Kind == kind).TimeFormats;

    [TestCase("tiktok-orders", "05/05/2026 23:22:02", "2026-05-05 23:22:02", "dd/MM/yyyy HH:mm:ss", TestName = "TikTok VN: day first, 24-hour, seconds")]
    [TestCase("tiktok-orders", "12/15/2025 9:30:33 AM", "2025-12-15 09:30:33", "MM/dd/yyyy h:mm:ss tt", TestName = "TikTok US: month first, 12-hour morning")]
    [TestCase("tiktok-orders", "12/15/2025 12:30:00 AM", "2025-12-15 00:30:00", "MM/dd/yyyy h:mm:ss tt", TestName = "TikTok US: 12:30 AM is after midnight")]
    [TestCase("tiktok-orders", "12/15/2025 12:30:00 PM", "2025-12-15 12:30:00", "MM/dd/yyyy h:mm:ss tt", TestName = "TikTok US: 12:30 PM is after noon")]
    [TestCase("tiktok-orders", "12/15/2025 9:30:33 PM", "2025-12-15 21:30:33", "MM/dd/yyyy h:mm:ss tt", TestName = "TikTok US: PM adds twelve hours")]
    [TestCase("shopee-orders", "2026-01-01 00:01", "2026-01-01 00:01:00", "yyyy-MM-dd HH:mm", TestName = "Shopee: year first, no seconds")]
    [TestCase("shopee-orders", "31-12-2026 23:59", "2026-12-31 23:59:00", "dd-MM-yyyy HH:mm", TestName = "Shopee: day first with dashes")]
    [TestCase("canonical-orders", "2026-06-01 19:30:05", "2026-06-01 19:30:05", "yyyy-MM-dd HH:mm:ss", TestName = "Canonical: ISO with a space")]
    [TestCase("canonical-orders", "2026-06-01T19:30:05", "2026-06-01 19:30:05", "yyyy-MM-dd'T'HH:mm:ss", TestName = "Canonical: ISO with T")]
    [TestCase("generic", "2026/06/01 19:30", "2026-06-01 19:30:00", "yyyy/MM/dd HH:mm", TestName = "Generic: year first with slashes")]
    [TestCase("generic", "1/6/2026 7:05", "2026-06-01 07:05:00", "d/M/yyyy H:mm", TestName = "Generic: single-digit day and month, day first")]
    [TestCase("generic", "01.06.2026 19:30", "2026-06-01 19:30:00", "dd.MM.yyyy HH:mm", TestName = "Generic: dotted dates")]
    [TestCase("generic", "2026-06-01", "2026-06-01 00:00:00", "yyyy-MM-dd", TestName = "Generic: a date alone is midnight")]
    public void Reads_each_layout_format(string kind, string text, string expectedLocal, string expectedFormat)
    {
        var parser = new TimestampParser(HoChiMinh, FormatsOf(kind));

        var detected = parser.Detect([text]);
        var ok = parser.TryParse(text, CellType.Text, out var value, out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(detected && ok, Is.True, error);
            Assert.That(parser.Format, Is.EqualTo(expectedFormat));
            Assert.That(value.LocalDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Is.EqualTo(expectedLocal));
            Assert.That(value.Zone, Is.EqualTo(HoChiMinh));
        }
    }

    [Test]
    public void A_spreadsheet_date_cell_needs_no_format()
    {
        var parser = new TimestampParser(HoChiMinh, KnownOrderLayouts.TikTok.TimeFormats);

        var ok = parser.TryParse("2026-05-05T23:22:02", CellType.DateTime, out var value, out _);

        Assert.That((ok, value), Is.EqualTo((true, new LocalDateTime(2026, 5, 5, 23, 22, 2).InZoneStrictly(HoChiMinh))));
    }

    [Test]
    public void A_wall_clock_time_skipped_by_a_dst_jump_moves_forward()
    {
        // Europe/London jumped from 01:00 to 02:00 on 2011-03-27: 01:30 never happened.
        var parser = new TimestampParser(London, TimestampParser.GenericFormats, forcedFormat: "yyyy-MM-dd HH:mm");

        parser.TryParse("2011-03-27 01:30", CellType.Text, out var value, out _);

        Assert.That((value.LocalDateTime, value.Offset), Is.EqualTo((new LocalDateTime(2011, 3, 27, 2, 30), Offset.FromHours(1))));
    }

    [Test]
    public void A_wall_clock_time_repeated_by_dst_takes_the_earlier_instant()
    {
        // On 2011-10-30 London went from 02:00 BST back to 01:00 GMT: 01:30 happened twice.
        var parser = new TimestampParser(London, TimestampParser.GenericFormats, forcedFormat: "yyyy-MM-dd HH:mm");

        parser.TryParse("2011-10-30 01:30", CellType.Text, out var value, out _);

        Assert.That((value.LocalDateTime, value.Offset), Is.EqualTo((new LocalDateTime(2011, 10, 30, 1, 30), Offset.FromHours(1))));
    }

    [TestCase("2026-06-01T03:00:00Z", "Asia/Ho_Chi_Minh", "2026-06-01 10:00:00", TestName = "UTC 03:00 is 10:00 in Ho Chi Minh City")]
    [TestCase("2026-06-01T10:00:00+09:00", "Asia/Ho_Chi_Minh", "2026-06-01 08:00:00", TestName = "Tokyo 10:00 is 08:00 in Ho Chi Minh City")]
    [TestCase("2026-05-31T23:30:00-02:00", "Asia/Ho_Chi_Minh", "2026-06-01 08:30:00", TestName = "An offset conversion can cross midnight")]
    [TestCase("2011-03-27T01:30:00Z", "Europe/London", "2011-03-27 02:30:00", TestName = "UTC 01:30 on the London DST day is 02:30 BST")]
    public void Times_with_an_offset_are_converted_to_the_zone(string text, string zoneId, string expectedLocal)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var parser = new TimestampParser(zone, TimestampParser.GenericFormats);

        var ok = parser.Detect([text]) & parser.TryParse(text, CellType.Text, out var value, out var error);

        Assert.That(ok, Is.True, error);
        Assert.That(value.LocalDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Is.EqualTo(expectedLocal));
    }

    [Test]
    public void Day_month_ambiguity_is_reported_and_read_day_first()
    {
        var parser = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats);

        parser.Detect(["03/04/2026 10:00", "05/06/2026 11:30"]);
        parser.TryParse("03/04/2026 10:00", CellType.Text, out var value, out _);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parser.Ambiguity, Is.Not.Null);
            Assert.That(value.LocalDateTime, Is.EqualTo(new LocalDateTime(2026, 4, 3, 10, 0)));
        }
    }

    [Test]
    public void One_date_past_the_twelfth_settles_the_order_without_a_warning()
    {
        var parser = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats);

        parser.Detect(["03/04/2026 10:00", "05/25/2026 11:30"]);

        Assert.That((parser.Format, parser.Ambiguity?.ToString()), Is.EqualTo(("M/d/yyyy H:mm", (string?)null)));
    }

    [Test]
    public void After_the_format_is_chosen_a_cell_in_another_format_is_an_error()
    {
        var parser = new TimestampParser(HoChiMinh, KnownOrderLayouts.TikTok.TimeFormats);
        parser.Detect(["05/05/2026 23:22:02"]);

        var ok = parser.TryParse("2026-05-05 23:22:02", CellType.Text, out _, out var error);

        Assert.That((ok, error), Is.EqualTo((false, (string?)"'2026-05-05 23:22:02' does not match the file's date format 'dd/MM/yyyy HH:mm:ss'")));
    }

    [TestCase("", TestName = "An empty time cell is an error")]
    [TestCase("  ", TestName = "A blank time cell is an error")]
    [TestCase("hôm qua", TestName = "Words are not a time")]
    public void Unreadable_text_is_an_error(string text)
    {
        var parser = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats);

        var ok = parser.TryParse(text, CellType.Text, out _, out var error);

        Assert.That((ok, error is null), Is.EqualTo((false, false)));
    }

    [TestCase(new[] { "13/6/2026 7:05", "14/6/2026 8:00", "n/a", "2026-06-15 19:30" }, false, null, TestName = "A value only another format reads still counts: no one format reads them all")]
    [TestCase(new[] { "2026-06-15 19:30", "n/a", "13/6/2026 7:05" }, false, null, TestName = "The same, the other format first")]
    [TestCase(new[] { "13/6/2026 7:05", "n/a", "14/6/2026 8:00" }, true, "d/M/yyyy H:mm", TestName = "A value no format reads is left out of the choice")]
    [TestCase(new[] { "2026-06-01T10:00:00+07:00", "2026-06-01T11:00:00" }, false, null, TestName = "A value with an offset and one without: neither kind of format reads both")]
    [TestCase(new[] { "2026-06-01T10:00:00+07:00", "2026-06-01T11:00:00+07:00" }, true, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFo<G>", TestName = "Values with offsets take the offset format")]
    [TestCase(new[] { "1/6/2026 10:00", "2/6/2026 11:00", "2026-06-03 12:00" }, false, null, TestName = "A value read by a later format than the values before it still counts")]
    public void The_format_must_read_every_sample_value_some_format_reads(string[] samples, bool detected, string? format)
    {
        var parser = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats);

        Assert.That((parser.Detect(samples), parser.Format), Is.EqualTo((detected, format)));
    }

    [TestCase("yyyy-MM-dd HH:mm:ss", "2026-06-01 10:00:00", "2026-06-01 10:00:00", "2026-06-01 10:00:01", "2026-06-01 10:00:01", "2026-06-01 10:00:00", TestName = "Times read again, and times differing only in their last digit")]
    [TestCase("yyyy-MM-dd HH:mm:ss", "2026-06-01 10:00:00", "not a time", "2026-06-01 10:00:00", " 2026-06-01 10:00:00 ", TestName = "A failure between two readings of one time, and the time padded")]
    [TestCase("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFo<G>", "2026-06-01T10:00:00+07:00", "2026-06-01T10:00:00+07:00", "2026-06-01T10:00:00+08:00", TestName = "Times with offsets differing only in the offset")]
    public void Each_time_reads_as_a_fresh_parser_reads_it(string format, params string[] texts)
    {
        // One parser reads the texts in turn, as a file's rows come; each is checked against a
        // parser of the same format that reads nothing else.
        var parser = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats, forcedFormat: format);
        foreach (var text in texts)
        {
            var fresh = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats, forcedFormat: format);
            var expected = (fresh.TryParse(text, CellType.Text, out var expectedValue, out var expectedError), expectedValue, expectedError);
            Assert.That((parser.TryParse(text, CellType.Text, out var value, out var error), value, error), Is.EqualTo(expected), text);
        }
    }

    [Test]
    public void Detection_fails_when_no_sample_is_a_time()
    {
        var parser = new TimestampParser(HoChiMinh, TimestampParser.GenericFormats);

        Assert.That((parser.Detect(["abc", "", "n/a"]), parser.Format), Is.EqualTo((false, (string?)null)));
    }

    [Test]
    public void A_callers_own_culture_is_honoured_even_where_a_standard_one_of_the_same_name_was_used()
    {
        // '/' in a pattern is the culture's date separator; compiled patterns are shared, but never
        // between a standard culture and an adjusted one of the same name.
        var dotted = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.GetCultureInfo("en-GB").Clone();
        dotted.DateTimeFormat.DateSeparator = ".";
        string[] formats = ["dd/MM/yyyy HH:mm"];
        var standard = new TimestampParser(HoChiMinh, formats, System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var adjusted = new TimestampParser(HoChiMinh, formats, dotted);

        Assert.That(standard.Detect(["01/06/2026 10:00"]), Is.True, "en-GB writes 01/06/2026");
        Assert.That(adjusted.Detect(["01.06.2026 10:00"]), Is.True, "the adjusted culture writes 01.06.2026");
        Assert.That(new TimestampParser(HoChiMinh, formats, System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Detect(["01.06.2026 10:00"]), Is.False,
            "en-GB itself still does not read dots");
    }
}
