using System.Globalization;

namespace LivePeak.Analytics.Domain;

/// <summary>
/// An amount in the shop currency as a fixed-point integer of ten-thousandths. Fixed point keeps
/// sums exact and order-independent, so partial cubes merge to exactly the one-pass result, and
/// four decimals hold every price seen in exports (VND has none, GBP logs have up to three).
/// The range (±922 trillion units) covers a province of VND sellers for years.
/// </summary>
public readonly record struct Money(long TenThousandths) : IComparable<Money>
{
    public const long Scale = 10_000;

    public static Money Zero => default;

    public static Money FromDecimal(decimal value) =>
        new((long)decimal.Round(value * Scale, MidpointRounding.AwayFromZero));

    public decimal ToDecimal() => (decimal)TenThousandths / Scale;

    public static Money operator +(Money a, Money b) => new(a.TenThousandths + b.TenThousandths);

    public static Money operator -(Money a, Money b) => new(a.TenThousandths - b.TenThousandths);

    public int CompareTo(Money other) => TenThousandths.CompareTo(other.TenThousandths);

    /// <summary>Invariant text with no grouping and no trailing zeros, for JSON and CSV.</summary>
    public override string ToString() => ToDecimal().ToString("0.####", CultureInfo.InvariantCulture);
}
