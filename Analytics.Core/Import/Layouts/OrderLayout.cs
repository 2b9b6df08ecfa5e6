using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// Everything that makes one export layout different from another, as data: how to recognise
/// it, which header means which field, and how it writes dates and numbers. Adding a platform's
/// layout means adding one of these to <see cref="KnownOrderLayouts"/>, not writing a reader.
/// </summary>
public sealed record OrderLayout
{
    /// <summary>Stable name shown to users and written to JSON, e.g. <c>tiktok-orders</c>.</summary>
    public required string Kind { get; init; }

    public required string Description { get; init; }

    public required Platform Platform { get; init; }

    /// <summary>Headers that must all be present in one row for a file to be this layout.</summary>
    public required IReadOnlyList<string> Anchors { get; init; }

    /// <summary>For each field, the header names it may carry, preferred first.</summary>
    public required IReadOnlyDictionary<OrderField, string[]> Aliases { get; init; }

    /// <summary>Aliases that only match with their exact letter case (Shopee's column 29 vs 46).</summary>
    public IReadOnlySet<string> CaseSensitiveAliases { get; init; } = new HashSet<string>();

    /// <summary>Fields a row cannot be read without (in addition to a time and an order id).</summary>
    public IReadOnlyList<OrderField> Required { get; init; } = [OrderField.OrderId];

    /// <summary>Time formats this report writes, in NodaTime pattern syntax.</summary>
    public required IReadOnlyList<string> TimeFormats { get; init; }

    public NumberDialect Numbers { get; init; } = NumberDialect.Plain;

    /// <summary>True for the user's own map: <c>--time-format</c> and <c>--culture</c> apply to it.
    /// Platform layouts always read their own documented formats.</summary>
    public bool UserDescribed { get; init; }

    /// <summary>The culture of month and AM/PM names and date separators in <see cref="TimeFormats"/>;
    /// null (invariant) for platform exports. Only a user's <c>--map</c> layout takes <c>--culture</c>.</summary>
    public CultureInfo? TimeCulture { get; init; }

    /// <summary>Fewer header columns than this means a broken sheet (TikTok's stale XLSX dimension).</summary>
    public int MinimumColumns { get; init; }

    /// <summary>Order ids are all digits: a non-digit id under the header is the description row.</summary>
    public bool NumericOrderIds { get; init; }

    /// <summary>The full header row as the platform writes it, in order (for writers and tests).</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];

    /// <summary>Header names of buyer data. Never read; listed so rejects files can leave them out.</summary>
    public IReadOnlyList<string> BuyerFields { get; init; } = [];
}
