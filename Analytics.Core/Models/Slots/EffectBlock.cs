namespace LivePeak.Analytics.Models.Slots;

/// <summary>
/// The groups of effects the slot model adds up on the log scale. Fixed effects are estimated
/// freely; every other block is a set of random effects shrunk toward its broader level (zero,
/// or for shops the typical shop of their platform) by as much as the spread of that block's
/// effects in the data warrants.
/// </summary>
public enum EffectBlock
{
    /// <summary>The typical shop's level on TikTok, Shopee, Facebook, other (fixed): the level each
    /// shop on that platform is shrunk toward.</summary>
    Platform = 0,

    /// <summary>Log of the LIVE's length against the typical length (fixed): long LIVEs sell less per hour.</summary>
    Length = 1,

    /// <summary>A shop on a platform: its own level of sales.</summary>
    Account = 2,

    /// <summary>Calendar month: season.</summary>
    Month = 3,

    /// <summary>Hour of day, shared by all shops.</summary>
    Hour = 4,

    /// <summary>Day of week, shared by all shops.</summary>
    Day = 5,

    /// <summary>Starting on a given day at a given hour, beyond the hour and day effects, shared by all shops.</summary>
    DayHour = 6,

    /// <summary>A shop's own hour-of-day pattern beyond the group's.</summary>
    ShopHour = 7,

    /// <summary>A shop's own day-of-week pattern beyond the group's.</summary>
    ShopDay = 8,

    /// <summary>A shop's own effect of starting on a given day at a given hour, beyond everything above.</summary>
    ShopDayHour = 9,
}
