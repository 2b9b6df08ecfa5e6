using LivePeak.Analytics.Domain;
using NodaTime;

namespace LivePeak.Tests.Domain;

[TestFixture]
public sealed class SlotTests
{
    [TestCase(15, 96, TestName = "15-minute slots: 96 a day")]
    [TestCase(30, 48, TestName = "30-minute slots: 48 a day")]
    [TestCase(60, 24, TestName = "Hour slots: 24 a day")]
    [TestCase(120, 12, TestName = "Two-hour slots: 12 a day")]
    public void Allowed_lengths_cut_the_day_and_week(int minutes, int perDay)
    {
        var length = new SlotLength(minutes);

        Assert.That((length.Minutes, length.SlotsPerDay, length.SlotsPerWeek), Is.EqualTo((minutes, perDay, 7 * perDay)));
    }

    [TestCase(0, TestName = "Zero minutes is not a slot length")]
    [TestCase(-15, TestName = "A negative length is refused")]
    [TestCase(10, TestName = "10 minutes is refused")]
    [TestCase(45, TestName = "45 minutes does not divide the day evenly into readable slots")]
    [TestCase(90, TestName = "90 minutes is refused")]
    [TestCase(1440, TestName = "A whole day is refused")]
    public void Other_lengths_throw(int minutes) =>
        Assert.That(() => new SlotLength(minutes), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase(15, TestName = "Monday 00:00 is slot 0 (15 min)")]
    [TestCase(30, TestName = "Monday 00:00 is slot 0 (30 min)")]
    [TestCase(60, TestName = "Monday 00:00 is slot 0 (60 min)")]
    [TestCase(120, TestName = "Monday 00:00 is slot 0 (120 min)")]
    public void Week_runs_from_monday_midnight_to_sunday_night(int minutes)
    {
        var length = new SlotLength(minutes);
        var mondayMidnight = new LocalDateTime(2026, 6, 1, 0, 0); // a Monday
        var sundayLastMinute = new LocalDateTime(2026, 6, 7, 23, 59, 59);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(length.IndexOf(mondayMidnight), Is.Zero);
            Assert.That(length.IndexOf(sundayLastMinute), Is.EqualTo(length.SlotsPerWeek - 1));
            Assert.That(length.SlotOf(sundayLastMinute).Day, Is.EqualTo(IsoDayOfWeek.Sunday));
            Assert.That(length.SlotOf(sundayLastMinute).StartMinute, Is.EqualTo(1440 - minutes));
        }
    }

    [TestCase(60, 2026, 6, 1, 0, 59, 0, TestName = "Monday 00:59 is still in the first hour")]
    [TestCase(60, 2026, 6, 1, 1, 0, 1, TestName = "Monday 01:00 starts the second hour")]
    [TestCase(60, 2026, 6, 2, 0, 0, 24, TestName = "Tuesday 00:00 follows Monday's 24 hours")]
    [TestCase(15, 2026, 6, 1, 20, 44, 82, TestName = "Monday 20:44 is the 83rd quarter hour")]
    [TestCase(120, 2026, 6, 6, 21, 30, 70, TestName = "Saturday 21:30 is in Saturday 20:00-22:00")]
    [TestCase(30, 2025, 12, 28, 12, 0, 6 * 48 + 24, TestName = "A Sunday in another year indexes the same way")]
    public void Index_of_a_time(int minutes, int year, int month, int day, int hour, int minute, int expected)
    {
        var length = new SlotLength(minutes);
        var local = new LocalDateTime(year, month, day, hour, minute);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(length.IndexOf(local), Is.EqualTo(expected));
            Assert.That(length.SlotOf(local).Index, Is.EqualTo(expected));
            Assert.That(length.SlotAt(expected), Is.EqualTo(length.SlotOf(local)));
        }
    }

    [TestCase(15)]
    [TestCase(30)]
    [TestCase(60)]
    [TestCase(120)]
    public void Slot_at_an_index_round_trips(int minutes)
    {
        var length = new SlotLength(minutes);

        Assert.That(Enumerable.Range(0, length.SlotsPerWeek).Select(i => length.SlotAt(i).Index), Is.EqualTo(Enumerable.Range(0, length.SlotsPerWeek)));
    }

    [TestCase(-1, TestName = "No slot before Monday 00:00")]
    [TestCase(168, TestName = "No slot after Sunday 23:00 (hour slots)")]
    public void Slot_at_an_index_outside_the_week_throws(int index) =>
        Assert.That(() => SlotLength.Hour.SlotAt(index), Throws.TypeOf<ArgumentOutOfRangeException>());

    [TestCase(IsoDayOfWeek.Monday, 30, 60, TestName = "A slot must start on a multiple of its length")]
    [TestCase(IsoDayOfWeek.Monday, 1440, 60, TestName = "A slot must start within the day")]
    [TestCase(IsoDayOfWeek.Monday, -60, 60, TestName = "A slot cannot start before midnight")]
    [TestCase(IsoDayOfWeek.None, 0, 60, TestName = "A slot needs a day")]
    public void Invalid_slots_throw(IsoDayOfWeek day, int start, int minutes) =>
        Assert.That(() => new Slot(day, start, new SlotLength(minutes)), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void Last_slot_of_a_day_ends_at_midnight_and_the_week_wraps_to_monday()
    {
        var sundayLate = new Slot(IsoDayOfWeek.Sunday, 23 * 60, SlotLength.Hour);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sundayLate.End, Is.EqualTo(LocalTime.Midnight));
            Assert.That(sundayLate.ToString(), Is.EqualTo("Sun 23:00-00:00"));
            Assert.That(sundayLate.Next(), Is.EqualTo(new Slot(IsoDayOfWeek.Monday, 0, SlotLength.Hour)));
        }
    }

    [Test]
    public void Window_may_run_past_sunday_into_monday()
    {
        var window = new Window(new Slot(IsoDayOfWeek.Sunday, 23 * 60, SlotLength.Hour), 3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(window.Slots().Select(s => s.ToString()), Is.EqualTo(new[] { "Sun 23:00-00:00", "Mon 00:00-01:00", "Mon 01:00-02:00" }));
            Assert.That(window.Minutes, Is.EqualTo(180));
            Assert.That(window.ToString(), Is.EqualTo("Sun 23:00-02:00"));
        }
    }

    [Test]
    public void Window_of_half_hour_slots_reads_as_its_span()
    {
        var window = new Window(new Slot(IsoDayOfWeek.Saturday, 20 * 60, new SlotLength(30)), 4);

        Assert.That((window.ToString(), window.Minutes), Is.EqualTo(("Sat 20:00-22:00", 120)));
    }

    [Test]
    public void Window_may_cover_the_whole_week_and_no_more()
    {
        var first = new Slot(IsoDayOfWeek.Wednesday, 0, new SlotLength(120));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new Window(first, 84).Slots().Select(s => s.Index).Distinct().Count(), Is.EqualTo(84));
            Assert.That(() => new Window(first, 85), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new Window(first, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
        }
    }
}
