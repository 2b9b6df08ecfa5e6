using NodaTime;

namespace LivePeak.Analytics.Domain;

/// <summary>The width of the slots a week is cut into. Only divisors of a day that read well.</summary>
public readonly record struct SlotLength
{
    public static readonly int[] Allowed = [15, 30, 60, 120];

    public SlotLength(int minutes)
    {
        if (Array.IndexOf(Allowed, minutes) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "slot length must be 15, 30, 60 or 120 minutes");
        }

        Minutes = minutes;
    }

    public int Minutes { get; }

    public int SlotsPerDay => 1440 / Minutes;

    public int SlotsPerWeek => 7 * SlotsPerDay;

    public static SlotLength Hour => new(60);

    /// <summary>The slot a local wall-clock time falls in.</summary>
    public Slot SlotOf(LocalDateTime local) =>
        new(local.DayOfWeek, (local.Hour * 60 + local.Minute) / Minutes * Minutes, this);

    /// <summary>Index 0 is Monday 00:00; the week runs Monday first, as ISO does.</summary>
    public int IndexOf(LocalDateTime local) =>
        ((int)local.DayOfWeek - 1) * SlotsPerDay + (local.Hour * 60 + local.Minute) / Minutes;

    public Slot SlotAt(int index)
    {
        if ((uint)index >= (uint)SlotsPerWeek)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        return new Slot((IsoDayOfWeek)(index / SlotsPerDay + 1), index % SlotsPerDay * Minutes, this);
    }
}

/// <summary>
/// One slot of the week: an ISO day (Monday = 1) and a start in minutes after local midnight.
/// </summary>
public readonly record struct Slot
{
    public Slot(IsoDayOfWeek day, int startMinute, SlotLength length)
    {
        if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day));
        }

        if (startMinute < 0 || startMinute >= 1440 || startMinute % length.Minutes != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(startMinute), startMinute, "a slot starts on a multiple of its length within the day");
        }

        Day = day;
        StartMinute = startMinute;
        Length = length;
    }

    public IsoDayOfWeek Day { get; }

    public int StartMinute { get; }

    public SlotLength Length { get; }

    public int Index => ((int)Day - 1) * Length.SlotsPerDay + StartMinute / Length.Minutes;

    public LocalTime Start => LocalTime.FromMinutesSinceMidnight(StartMinute);

    /// <summary>The end as a time of day; a slot that ends at midnight ends at 00:00.</summary>
    public LocalTime End => LocalTime.FromMinutesSinceMidnight((StartMinute + Length.Minutes) % 1440);

    public Slot Next() => Length.SlotAt((Index + 1) % Length.SlotsPerWeek);

    public override string ToString() => $"{DayNames.Short(Day)} {Start:HH':'mm}-{End:HH':'mm}";
}

/// <summary>
/// A run of contiguous slots, such as Saturday 20:00-22:00. A window may run past midnight into
/// the next day, and past Sunday into Monday.
/// </summary>
public readonly record struct Window
{
    public Window(Slot first, int slotCount)
    {
        if (slotCount < 1 || slotCount > first.Length.SlotsPerWeek)
        {
            throw new ArgumentOutOfRangeException(nameof(slotCount));
        }

        First = first;
        SlotCount = slotCount;
    }

    public Slot First { get; }

    public int SlotCount { get; }

    public int Minutes => SlotCount * First.Length.Minutes;

    public IEnumerable<Slot> Slots()
    {
        var slot = First;
        for (var i = 0; i < SlotCount; i++)
        {
            yield return slot;
            slot = slot.Next();
        }
    }

    public override string ToString()
    {
        var end = LocalTime.FromMinutesSinceMidnight((First.StartMinute + Minutes) % 1440);
        return $"{DayNames.Short(First.Day)} {First.Start:HH':'mm}-{end:HH':'mm}";
    }
}

public static class DayNames
{
    private static readonly string[] ShortNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    public static string Short(IsoDayOfWeek day) => ShortNames[(int)day - 1];
}
