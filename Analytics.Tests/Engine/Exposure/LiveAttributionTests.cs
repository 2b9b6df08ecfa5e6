using NUnit.Framework;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;
using static LivePeak.Tests.Engine.Exposure.Live;

namespace LivePeak.Tests.Engine.Exposure;

/// <summary>
/// Which LIVE an order line belongs to: an eligible line (no channel, or channel LIVE) goes to the
/// LIVE of its platform and shop whose [start, end + grace] holds its created time, both ends
/// included; among overlapping LIVEs the one that started last wins.
/// </summary>
[TestFixture]
public sealed class LiveAttributionTests
{
    private static readonly Duration Grace = Duration.FromMinutes(30);

    // Friday 2026-07-31, LIVE A 20:00-21:00; with 30 minutes' grace its window is [20:00, 21:30].
    [TestCase("2026-07-31 19:59:59", null, TestName = "One second before the start is off-LIVE")]
    [TestCase("2026-07-31 20:00:00", "A", TestName = "Exactly at the start is in")]
    [TestCase("2026-07-31 20:30:00", "A", TestName = "During the LIVE is in")]
    [TestCase("2026-07-31 21:00:00", "A", TestName = "Exactly at the end is in")]
    [TestCase("2026-07-31 21:15:00", "A", TestName = "Inside the grace after the end is in")]
    [TestCase("2026-07-31 21:30:00", "A", TestName = "Exactly at end + grace is in")]
    [TestCase("2026-07-31 21:30:01", null, TestName = "One second after end + grace is off-LIVE")]
    public void The_window_is_start_to_end_plus_grace_both_ends_included(string created, string? expected)
    {
        var attribution = new LiveAttribution([Session("A", "2026-07-31 20:00", "2026-07-31 21:00")], Grace);

        Assert.That(attribution.Attribute(Line(created))?.RoomId, Is.EqualTo(expected));
    }

    // A 20:00-22:00 (window to 22:30) and B 21:00-21:30 (window to 22:00) overlap.
    [TestCase("2026-07-31 20:30", "A", TestName = "Overlap: before B starts only A is live")]
    [TestCase("2026-07-31 21:00", "B", TestName = "Overlap: at B's start the later LIVE wins")]
    [TestCase("2026-07-31 21:10", "B", TestName = "Overlap: while both run the later start wins")]
    [TestCase("2026-07-31 21:45", "B", TestName = "Overlap: in B's grace while A still runs, B still wins")]
    [TestCase("2026-07-31 22:00:01", "A", TestName = "Overlap: after B's grace the line falls back to A")]
    [TestCase("2026-07-31 22:30", "A", TestName = "Overlap: A's own end + grace")]
    [TestCase("2026-07-31 22:30:01", null, TestName = "Overlap: after both windows")]
    public void Overlapping_LIVEs_the_one_that_started_last_wins(string created, string? expected)
    {
        var a = Session("A", "2026-07-31 20:00", "2026-07-31 22:00");
        var b = Session("B", "2026-07-31 21:00", "2026-07-31 21:30");

        Assert.That(new LiveAttribution([a, b], Grace).Attribute(Line(created))?.RoomId, Is.EqualTo(expected));
        Assert.That(new LiveAttribution([b, a], Grace).Attribute(Line(created))?.RoomId, Is.EqualTo(expected), "the input order does not matter");
    }

    // C runs Friday 23:00 to Saturday 01:00; its window ends Saturday 01:30.
    [TestCase("2026-07-31 22:59:59", null, TestName = "Midnight: a second before the start")]
    [TestCase("2026-07-31 23:59:59", "C", TestName = "Midnight: just before midnight")]
    [TestCase("2026-08-01 00:00:00", "C", TestName = "Midnight: at midnight")]
    [TestCase("2026-08-01 00:30:00", "C", TestName = "Midnight: after midnight")]
    [TestCase("2026-08-01 01:30:00", "C", TestName = "Midnight: end + grace on the next day")]
    [TestCase("2026-08-01 01:30:01", null, TestName = "Midnight: after end + grace")]
    public void A_LIVE_crossing_midnight_holds_lines_on_both_days(string created, string? expected)
    {
        var attribution = new LiveAttribution([Session("C", "2026-07-31 23:00", "2026-08-01 01:00")], Grace);

        Assert.That(attribution.Attribute(Line(created))?.RoomId, Is.EqualTo(expected));
    }

    [TestCase(null, "A", TestName = "Channel: an export with no channel column is eligible")]
    [TestCase("LIVE", "A", TestName = "Channel: TikTok's LIVE channel is eligible")]
    [TestCase("live", "A", TestName = "Channel: LIVE in any letter case")]
    [TestCase("Videos", null, TestName = "Channel: a Videos sale during a LIVE is never attributed")]
    [TestCase("Product cards", null, TestName = "Channel: a Product cards sale during a LIVE is never attributed")]
    public void Only_lines_with_no_channel_or_channel_LIVE_are_attributed(string? channel, string? expected)
    {
        var attribution = new LiveAttribution([Session("A", "2026-07-31 20:00", "2026-07-31 21:00")], Grace);

        Assert.That(LiveAttribution.IsEligible(Line("2026-07-31 20:30", channel)), Is.EqualTo(expected is not null));
        Assert.That(attribution.Attribute(Line("2026-07-31 20:30", channel))?.RoomId, Is.EqualTo(expected));
    }

    [Test]
    public void A_line_goes_only_to_a_LIVE_of_its_own_platform()
    {
        var tiktok = Session("T", "2026-07-31 20:00", "2026-07-31 21:00", Platform.TikTok);
        var attribution = new LiveAttribution([tiktok], Grace);
        var withShopee = new LiveAttribution([tiktok, Session("S", "2026-07-31 19:00", "2026-07-31 21:00", Platform.Shopee)], Grace);

        Assert.That(attribution.Attribute(Line("2026-07-31 20:30", platform: Platform.Shopee)), Is.Null, "a Shopee sale during a TikTok LIVE");
        Assert.That(attribution.Attribute(Line("2026-07-31 20:30", platform: Platform.Facebook)), Is.Null);
        Assert.That(withShopee.Attribute(Line("2026-07-31 20:30", platform: Platform.Shopee))?.RoomId, Is.EqualTo("S"),
            "the Shopee LIVE, though the TikTok one started later");
        Assert.That(withShopee.Attribute(Line("2026-07-31 20:30", platform: Platform.TikTok))?.RoomId, Is.EqualTo("T"));
    }

    [TestCase("S1", "S1", true, TestName = "Shop: the same shop matches")]
    [TestCase("S1", "S2", false, TestName = "Shop: two named shops never match")]
    [TestCase("S1", "default", true, TestName = "Shop: a line with the default shop matches any shop's LIVE")]
    [TestCase("default", "S2", true, TestName = "Shop: a LIVE with the default shop matches any shop's lines")]
    [TestCase("default", "default", true, TestName = "Shop: default matches default")]
    public void Shops_match_when_equal_or_when_either_is_the_default_shop(string sessionShop, string lineShop, bool attributed)
    {
        var attribution = new LiveAttribution([Session("A", "2026-07-31 20:00", "2026-07-31 21:00", shop: sessionShop)], Grace);

        Assert.That(attribution.Attribute(Line("2026-07-31 20:30", shop: lineShop)) is not null, Is.EqualTo(attributed));
    }

    // X is shop S1's LIVE 20:00-22:00; Y is a default-shop LIVE 21:00-21:30; Z is shop S2's LIVE 21:05-21:20.
    [TestCase("S1", "2026-07-31 20:30", "X", TestName = "Shops overlap: S1's line before the others start")]
    [TestCase("S1", "2026-07-31 21:02", "Y", TestName = "Shops overlap: the later default-shop LIVE beats S1's own")]
    [TestCase("S1", "2026-07-31 21:10", "Y", TestName = "Shops overlap: S2's LIVE never takes S1's line")]
    [TestCase("S2", "2026-07-31 20:30", null, TestName = "Shops overlap: S2's line while only S1 is live")]
    [TestCase("S2", "2026-07-31 21:02", "Y", TestName = "Shops overlap: S2's line in the default-shop LIVE")]
    [TestCase("S2", "2026-07-31 21:10", "Z", TestName = "Shops overlap: S2's own later LIVE wins")]
    [TestCase("default", "2026-07-31 20:30", "X", TestName = "Shops overlap: a default-shop line takes any shop's LIVE")]
    [TestCase("default", "2026-07-31 21:10", "Z", TestName = "Shops overlap: a default-shop line takes the latest start of all")]
    public void With_several_shops_the_latest_matching_start_wins(string lineShop, string created, string? expected)
    {
        var sessions = new[]
        {
            Session("X", "2026-07-31 20:00", "2026-07-31 22:00", shop: "S1"),
            Session("Y", "2026-07-31 21:00", "2026-07-31 21:30", shop: "default"),
            Session("Z", "2026-07-31 21:05", "2026-07-31 21:20", shop: "S2"),
        };

        Assert.That(new LiveAttribution(sessions, Grace).Attribute(Line(created, shop: lineShop))?.RoomId, Is.EqualTo(expected));
    }

    [TestCase("2026-07-31 21:00:00", "A", TestName = "Grace 0: exactly at the end is in")]
    [TestCase("2026-07-31 21:00:01", null, TestName = "Grace 0: one second after the end is out")]
    public void With_no_grace_the_window_closes_at_the_end(string created, string? expected)
    {
        var attribution = new LiveAttribution([Session("A", "2026-07-31 20:00", "2026-07-31 21:00")], Duration.Zero);

        Assert.That(attribution.Attribute(Line(created))?.RoomId, Is.EqualTo(expected));
    }

    [Test]
    public void A_LIVE_with_no_duration_holds_only_its_grace()
    {
        var attribution = new LiveAttribution([Session("N", "2026-07-31 20:00", end: null)], Grace);

        Assert.That(attribution.Attribute(Line("2026-07-31 20:30"))?.RoomId, Is.EqualTo("N"));
        Assert.That(attribution.Attribute(Line("2026-07-31 20:30:01")), Is.Null);
    }

    [Test]
    public void A_long_LIVE_is_found_behind_many_short_later_ones()
    {
        // The search walks back from the latest start; a long LIVE that started long before must
        // still be found once the short ones have ended.
        var sessions = new List<LiveSession> { Session("LONG", "2026-07-31 08:00", "2026-07-31 23:00") };
        for (var hour = 9; hour <= 20; hour++)
        {
            sessions.Add(Session(FormattableString.Invariant($"S{hour}"), FormattableString.Invariant($"2026-07-31 {hour:00}:00"), FormattableString.Invariant($"2026-07-31 {hour:00}:10")));
        }

        var attribution = new LiveAttribution(sessions, Duration.Zero);

        Assert.That(attribution.Attribute(Line("2026-07-31 20:05"))?.RoomId, Is.EqualTo("S20"));
        Assert.That(attribution.Attribute(Line("2026-07-31 20:30"))?.RoomId, Is.EqualTo("LONG"));
        Assert.That(attribution.Attribute(Line("2026-07-31 22:59"))?.RoomId, Is.EqualTo("LONG"));
    }

    [Test]
    public void LIVEs_starting_the_same_second_resolve_the_same_way_for_every_line()
    {
        // The shop's own LIVE and a LIVE from an export that names no shop, both at 20:00.
        var own = Live.Session("own", "2026-06-06 20:00", "2026-06-06 21:00", shop: "Nông sản Tây Bắc");
        var unnamed = Live.Session("unnamed", "2026-06-06 20:00", "2026-06-06 21:00");
        var attribution = new LiveAttribution([own, unnamed], Duration.FromMinutes(30));

        var forNamedShop = attribution.Attribute(Live.Line("2026-06-06 20:30", shop: "Nông sản Tây Bắc"));
        var forUnnamedShop = attribution.Attribute(Live.Line("2026-06-06 20:30"));

        Assert.That(forNamedShop, Is.Not.Null);
        Assert.That(forNamedShop, Is.SameAs(forUnnamedShop), "a tie is broken by one rule (key order), whichever list the line searches");
    }
}
