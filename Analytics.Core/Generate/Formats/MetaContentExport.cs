using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;
using LivePeak.Analytics.Import.Layouts;
using NodaTime;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>
/// Meta Business Suite content export (formats.md §5): CSV with BOM, one <c>Lifetime</c> row per
/// post newest first, month-first <c>MM/dd/yyyy HH:mm</c>, comma thousands. The page's live
/// videos are the shop's LIVEs (post type <c>Live</c>); each week also has a photo and a short
/// video, which are not LIVEs. Meta reports no sales: orders from a Facebook LIVE are in the
/// shop's own log (<see cref="GenericPosExport"/>, channel <c>Facebook</c>).
/// </summary>
internal static class MetaContentExport
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time", "Caption type", "Permalink",
        "Is crosspost", "Is share", "Post type", "Languages", "Custom labels", "Funded content status", "Data comment", "Date",
        "Views", "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares", "Total clicks", "Link clicks",
        "Other Clicks", "Seconds viewed", "Average Seconds viewed", "3-Second Video Views", "1-Minute Video Views",
        "Estimated earnings (USD)", "Approximate content monetization earnings", "Qualified Views",
    ];

    private const string LiveDescription = "Chốt đơn: bình luận SĐT hoặc nhắn tin cho page. Giao toàn quốc.";

    public static IEnumerable<ExportFile> Files(SalesSimulation simulation)
    {
        var builder = new RowBuilder(Headers);
        foreach (var shop in simulation.Shops)
        {
            yield return new ExportFile(FileNames.MetaContent(simulation.Options, shop), FileContainer.CsvWithBom, "Content", Rows(simulation, shop, builder)) { Shop = shop };
        }
    }

    private static IEnumerable<ExportRow> Rows(SalesSimulation simulation, ShopInfo shop, RowBuilder builder)
    {
        var salt = OrderIds.Salt(simulation.Options.Seed);
        yield return new ExportRow(builder.HeaderRow(), null);
        var posts = OtherPosts(simulation).ToList();
        foreach (var live in simulation.Lives(shop, newestFirst: true))
        {
            // The week's other posts go in by publish time among the live videos, newest first.
            while (posts.Count > 0 && posts[^1].Published > live.Start)
            {
                yield return PostRow(builder, shop, posts[^1], salt);
                posts.RemoveAt(posts.Count - 1);
            }

            yield return LiveRow(simulation, builder, live, salt);
        }

        for (var i = posts.Count - 1; i >= 0; i--)
        {
            yield return PostRow(builder, shop, posts[i], salt);
        }
    }

    private static ExportRow LiveRow(SalesSimulation simulation, RowBuilder builder, SimulatedLive live, long salt)
    {
        var shop = live.Shop;
        var post = LiveIds.MetaPost(shop.FacebookPageId, live.Start, 0, salt);
        // Facebook viewers react far less than TikTok viewers tap hearts.
        var reactions = Math.Max(1, live.Likes / 25);
        var row = Common(builder, shop, post, live.Start, "Live", "videos")
            .Set("Title", live.Title)
            .Set("Description", LiveDescription)
            .Set("Duration (sec)", live.SecondsOnAir)
            .Set("Views", LiveTexts.CommaThousands(live.Views))
            .Set("Reach", LiveTexts.CommaThousands(live.Viewers))
            .Set("Reactions, Comments and Shares", LiveTexts.CommaThousands(reactions + live.Comments + live.Shares))
            .Set("Reactions", LiveTexts.CommaThousands(reactions))
            .Set("Comments", LiveTexts.CommaThousands(live.Comments))
            .Set("Shares", LiveTexts.CommaThousands(live.Shares))
            .Set("Total clicks", LiveTexts.CommaThousands(live.ProductClicks))
            .Set("Link clicks", "0")
            .Set("Other Clicks", LiveTexts.CommaThousands(live.ProductClicks))
            .Set("Seconds viewed", LiveTexts.CommaThousands(live.Views * live.AverageWatchSeconds))
            .Set("Average Seconds viewed", live.AverageWatchSeconds)
            .Set("3-Second Video Views", LiveTexts.CommaThousands(live.Views * 4 / 5))
            .Set("1-Minute Video Views", LiveTexts.CommaThousands(live.Views * live.AverageWatchSeconds / 300));
        var session = new LiveSession
        {
            Platform = Platform.Facebook,
            Shop = shop.Name,
            RoomId = post,
            Title = live.Title,
            Start = simulation.InZone(live.Start),
            End = simulation.InZone(live.EndOnAir),
            SourceKind = KnownSessionLayouts.MetaContent.Kind,
            Metrics = new LiveMetrics
            {
                Views = live.Views,
                Viewers = live.Viewers,
                Likes = reactions,
                Comments = live.Comments,
                Shares = live.Shares,
                AverageViewingDuration = Duration.FromSeconds(live.AverageWatchSeconds),
            },
        };
        return new ExportRow(row.Cells, null, session);
    }

    /// <summary>A post that is not a LIVE: the importer sets it aside.</summary>
    private static ExportRow PostRow(RowBuilder builder, ShopInfo shop, OtherPost post, long salt)
    {
        var id = LiveIds.MetaPost(shop.FacebookPageId, post.Published, post.IsVideo ? 2 : 1, salt);
        var row = Common(builder, shop, id, post.Published, post.IsVideo ? "Videos" : "Photos", post.IsVideo ? "videos" : "posts")
            .Set("Title", post.IsVideo ? "Bổ sầu riêng Ri6 cùng nhà vườn" : string.Empty)
            .Set("Description", post.IsVideo ? "Mùa sầu riêng đã về!" : "Hàng mới về, inbox để đặt nhé")
            .Set("Duration (sec)", post.IsVideo ? 45 + post.Week % 30 : null)
            .Set("Views", post.IsVideo ? LiveTexts.CommaThousands(post.Reach * 3 / 2) : null)
            .Set("Reach", LiveTexts.CommaThousands(post.Reach))
            .Set("Reactions, Comments and Shares", LiveTexts.CommaThousands(post.Reach / 20 + post.Reach / 100 + post.Reach / 400))
            .Set("Reactions", LiveTexts.CommaThousands(post.Reach / 20))
            .Set("Comments", LiveTexts.CommaThousands(post.Reach / 100))
            .Set("Shares", LiveTexts.CommaThousands(post.Reach / 400))
            .Set("Total clicks", LiveTexts.CommaThousands(post.Reach / 30))
            .Set("Link clicks", "0")
            .Set("Other Clicks", LiveTexts.CommaThousands(post.Reach / 30));
        return new ExportRow(row.Cells, null);
    }

    private static RowBuilder.Row Common(RowBuilder builder, ShopInfo shop, string postId, LocalDateTime published, string postType, string permalinkKind) =>
        builder.Start()
            .Set("Post ID", postId)
            .Set("Page ID", shop.FacebookPageId)
            .Set("Page name", shop.Name)
            .Set("Publish time", TimeTexts.Meta.Format(published))
            .Set("Permalink", $"https://www.facebook.com/{shop.FacebookPageId}/{permalinkKind}/{postId[(postId.IndexOf('_') + 1)..]}")
            .Set("Is crosspost", "No")
            .Set("Is share", "No")
            .Set("Post type", postType)
            .Set("Languages", "vi")
            .Set("Date", "Lifetime");

    /// <summary>A photo on the second day and a short video on the fourth day of each week, oldest first.</summary>
    private static IEnumerable<OtherPost> OtherPosts(SalesSimulation simulation)
    {
        for (var week = 0; week < simulation.Options.Weeks; week++)
        {
            var monday = simulation.DateOf(week * 7);
            // Fixed numbers rather than draws: formats draw nothing random, and these rows are not read.
            yield return new OtherPost(monday.PlusDays(1).At(new LocalTime(8, 30)), false, week, 900 + week * 137 % 400);
            yield return new OtherPost(monday.PlusDays(3).At(new LocalTime(18, 15)), true, week, 1500 + week * 211 % 700);
        }
    }

    private sealed record OtherPost(LocalDateTime Published, bool IsVideo, int Week, long Reach);
}
