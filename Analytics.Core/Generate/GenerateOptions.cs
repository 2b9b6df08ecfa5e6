using System.Globalization;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using NodaTime;

namespace LivePeak.Analytics.Generate;

/// <summary>What to generate. The same options always give the same files, on any machine.</summary>
public sealed record GenerateOptions
{
    // The id schemes leave room for this many shops and orders per shop and day.
    public const int MaxShops = 9_999;
    public const int MaxWeeks = 520;
    public const double MaxOrdersPerDay = 20_000;

    public ExportFormat Format { get; init; } = ExportFormat.TikTok;

    public int Shops { get; init; } = 1;

    /// <summary>Write each shop's files into a folder named after the shop (see <c>--shop-from-folder</c>).</summary>
    public bool FolderPerShop { get; init; }

    public int Weeks { get; init; } = 8;

    public int Seed { get; init; } = 42;

    /// <summary>The first day of the log; the default is a Monday.</summary>
    public LocalDate StartDate { get; init; } = new(2026, 6, 1);

    /// <summary>The average number of orders per shop and day (weekends get more, weekdays fewer).</summary>
    public double OrdersPerDay { get; init; } = 40;

    /// <summary>
    /// Whether the order formats also write their platform's main LIVE list beside the orders (see
    /// <see cref="ExportFormat"/>); off, they write the orders only. LIVE formats ignore it.
    /// </summary>
    public bool LiveList { get; init; } = true;

    /// <summary>
    /// When set, the shops' LIVEs follow planted slot effects (see <see cref="PlantedEffect"/>) and
    /// the sellers' habits of <see cref="Planted.PlantedLiveSimulation"/> (habitual slots, trial
    /// slots, one-offs) instead of the daily 10:00 and 20:00 rhythm; off-LIVE orders stay as they
    /// are. Not with <see cref="ExportFormat.Canonical"/>, which has no LIVEs.
    /// </summary>
    public PlantedEffect? Planted { get; init; }

    /// <summary>The last day of the log: <see cref="Weeks"/> whole weeks from <see cref="StartDate"/>.</summary>
    public LocalDate EndDate => StartDate.PlusDays(Weeks * 7 - 1);

    /// <summary>Throws a user-facing error for options the generator cannot honour.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Format))
        {
            throw new UserInputException(new LocalText("error.generate.format", ("format", Format.ToString())), ExitCodes.BadOption);
        }

        // Order ids hold the year in two digits (Shopee) or minutes since 2000 (TikTok).
        if (StartDate.Year < 2000 || EndDate.Year > 2099)
        {
            var range = $"{StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            throw new UserInputException(new LocalText("error.generate.period", ("range", range)), ExitCodes.BadOption);
        }

        if (Shops is < 1 or > MaxShops)
        {
            throw new UserInputException(new LocalText("error.generate.shops", ("max", MaxShops), ("value", Shops)), ExitCodes.BadOption);
        }

        if (Weeks is < 1 or > MaxWeeks)
        {
            throw new UserInputException(new LocalText("error.generate.weeks", ("max", MaxWeeks), ("value", Weeks)), ExitCodes.BadOption);
        }

        if (Planted is { } planted && (!Enum.IsDefined(planted) || Format == ExportFormat.Canonical))
        {
            throw new UserInputException(new LocalText("error.generate.planted"), ExitCodes.BadOption);
        }

        if (!(OrdersPerDay > 0 && OrdersPerDay <= MaxOrdersPerDay))
        {
            throw new UserInputException(new LocalText("error.generate.perday", ("max", MaxOrdersPerDay)), ExitCodes.BadOption);
        }
    }
}
