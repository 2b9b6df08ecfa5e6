using System.Globalization;
using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using NodaTime;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// A LIVE session as a row of the store: every field of <see cref="LiveSession"/>, so it reads back
/// equal (same <see cref="LiveSession.Key"/>), and whether it counts in the cube, decided at load
/// time with the cube builder's rule for LIVEs rebuilt from a trend.
/// </summary>
/// <param name="InCube">It counts with every stored LIVE in view (no <c>--shop</c> filter).</param>
/// <param name="InCubeOwn">It counts with only its own shop's LIVEs in view (a <c>--shop</c> filter).</param>
public sealed record SessionRow(LiveSession Session, bool InCube, bool InCubeOwn)
{
    public const string Columns =
        "key, platform, shop, host, room_id, title, source_kind, from_trend, has_duration, start_ns, end_ns, " +
        "start_local_ns, end_local_ns, start_date, gmv, orders, items, viewers, views, peak_viewers, average_viewers, " +
        "average_viewing_ns, product_impressions, product_clicks, ctr, ctor, comments, likes, shares, new_followers, " +
        "in_cube, in_cube_own, version";

    /// <summary>Every column but the version, for reading back.</summary>
    public static readonly string ReadColumns = Columns[..Columns.LastIndexOf(", version", StringComparison.Ordinal)];

    public void Write(StringBuilder tsv, ulong version)
    {
        var s = Session;
        var m = s.Metrics;
        StoreTime.CheckStorable(s.StartLocal, $"the LIVE of {s.Platform.ToSlug()} shop '{s.Shop}' starting {s.StartLocal.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        StoreTime.CheckStorable(s.EndLocal, $"the LIVE of {s.Platform.ToSlug()} shop '{s.Shop}' starting {s.StartLocal.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        string[] values =
        [
            TsvText.Escape(s.Key), s.Platform.ToSlug(), TsvText.Escape(s.Shop), TsvText.EscapeNullable(s.Host),
            TsvText.EscapeNullable(s.RoomId), TsvText.EscapeNullable(s.Title), TsvText.Escape(s.SourceKind),
            Flag(s.FromTrend), Flag(s.HasDuration),
            Number(StoreTime.Nanos(s.Start.ToInstant())), Number(StoreTime.Nanos(s.End.ToInstant())),
            Number(StoreTime.Nanos(s.StartLocal)), Number(StoreTime.Nanos(s.EndLocal)), StoreTime.Date(s.StartLocal.Date),
            Number(m.Gmv?.TenThousandths), Number(m.Orders), Number(m.Items), Number(m.Viewers), Number(m.Views),
            Number(m.PeakConcurrentViewers), Number(m.AverageConcurrentViewers),
            Number(m.AverageViewingDuration?.ToInt64Nanoseconds()), Number(m.ProductImpressions), Number(m.ProductClicks),
            Number(m.Ctr), Number(m.Ctor), Number(m.Comments), Number(m.Likes), Number(m.Shares), Number(m.NewFollowers),
            Flag(InCube), Flag(InCubeOwn), version.ToString(CultureInfo.InvariantCulture),
        ];
        tsv.AppendJoin('\t', values).Append('\n');
    }

    /// <summary>A row selected with <see cref="ReadColumns"/>; times in the store's zone.</summary>
    public static SessionRow Read(string?[] v, DateTimeZone zone)
    {
        if (v.Length != 32 || !PlatformNames.TryParse(v[1]!, out var platform))
        {
            throw new StoreException($"the store returned a LIVE session of an unexpected shape ({v.Length} values)", ExitCodes.StoreMismatch);
        }

        var session = new LiveSession
        {
            Platform = platform,
            Shop = v[2]!,
            Host = v[3],
            RoomId = v[4],
            Title = v[5],
            SourceKind = v[6]!,
            FromTrend = v[7] == "1",
            HasDuration = v[8] == "1",
            Start = StoreTime.Instant(Long(v[9])!.Value).InZone(zone),
            End = StoreTime.Instant(Long(v[10])!.Value).InZone(zone),
            Metrics = new LiveMetrics
            {
                Gmv = Long(v[14]) is { } gmv ? new Money(gmv) : null,
                Orders = Long(v[15]),
                Items = Long(v[16]),
                Viewers = Long(v[17]),
                Views = Long(v[18]),
                PeakConcurrentViewers = Long(v[19]),
                AverageConcurrentViewers = Decimal(v[20]),
                AverageViewingDuration = Long(v[21]) is { } ns ? Duration.FromNanoseconds(ns) : null,
                ProductImpressions = Long(v[22]),
                ProductClicks = Long(v[23]),
                Ctr = Decimal(v[24]),
                Ctor = Decimal(v[25]),
                Comments = Long(v[26]),
                Likes = Long(v[27]),
                Shares = Long(v[28]),
                NewFollowers = Long(v[29]),
            },
        };
        if (session.Key != v[0])
        {
            // The key is derived from the fields; a difference means the row was not written by this code.
            throw new StoreException("the store holds a LIVE session whose key does not match its fields", ExitCodes.StoreMismatch);
        }

        return new SessionRow(session, v[30] == "1", v[31] == "1");
    }

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Number(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : TsvText.Null;

    private static string Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : TsvText.Null;

    private static long? Long(string? text) => text is null ? null : long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static decimal? Decimal(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
