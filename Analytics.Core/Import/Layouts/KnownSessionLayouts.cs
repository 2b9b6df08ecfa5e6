using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Parsing;

namespace LivePeak.Analytics.Import.Layouts;

/// <summary>
/// The LIVE report layouts LivePeak recognises, from <c>shared/formats.md</c> §2, §4 and §5.
/// Vietnamese names marked "MEMORY" there are included as aliases and should be checked
/// against a real file when one turns up.
/// </summary>
public static class KnownSessionLayouts
{
    /// <summary>TikTok Seller Center "Live Analysis" list, Vietnamese headers (§2a).</summary>
    public static readonly SessionLayout TikTokLiveAnalysis = new()
    {
        Kind = "tiktok-live-analysis",
        Description = "TikTok Seller Center LIVE list (Số liệu phân tích > LIVE), Vietnamese",
        Platform = Platform.TikTok,
        Anchors = [SessionField.Host, SessionField.Start],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.Host] = ["Nhà sáng tạo"],
            [SessionField.Start] = ["Thời gian bắt đầu"],
            [SessionField.Duration] = ["Thời lượng"],
            [SessionField.Gmv] = ["GMV LIVE*"],
            [SessionField.Orders] = ["Đơn hàng đã thanh toán"],
            [SessionField.Items] = ["Số món bán ra từ LIVE"],
            [SessionField.Viewers] = ["Người xem"],
            [SessionField.Views] = ["Lượt xem"],
            [SessionField.AverageViewingDuration] = ["Thời lượng xem trung bình"],
            [SessionField.NewFollowers] = ["Người theo dõi mới"],
            [SessionField.ProductImpressions] = ["Lượt hiển thị sản phẩm"],
            [SessionField.ProductClicks] = ["Lượt nhấp Sản phẩm", "Lượt nhấp sản phẩm"],
            [SessionField.Ctr] = ["CTR"],
            [SessionField.Ctor] = ["CTOR"],
        },
        // "2026/07/31/ 21:03": the stray slash is in the real export.
        TimeFormats = ["yyyy/MM/dd/ HH:mm", "yyyy/MM/dd HH:mm", "yyyy/MM/dd/ HH:mm:ss"],
        Numbers = NumberDialect.DotThousands,
        Durations = DurationStyle.HoursMinutes,
    };

    /// <summary>The older English and Indonesian "Live" list (§2a, ID BigQuery loader).</summary>
    public static readonly SessionLayout TikTokLiveListLegacy = new()
    {
        Kind = "tiktok-live-list-legacy",
        Description = "TikTok LIVE list, older English / Indonesian headers",
        Platform = Platform.TikTok,
        Anchors = [SessionField.Start, SessionField.PeakViewers],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.Host] = ["Nickname", "Nama panggilan", "Creator", "Kreator"],
            [SessionField.Start] = ["Launched Time", "Waktu Live"],
            [SessionField.Duration] = ["Duration", "Durasi"],
            [SessionField.Gmv] = ["Revenue*", "Penghasilan*"],
            [SessionField.Orders] = ["Orders Paid", "Pesanan Dibayar"],
            [SessionField.Items] = ["Unit Sales", "Penjualan Unit"],
            [SessionField.Viewers] = ["Viewers", "Penonton"],
            [SessionField.Views] = ["Views", "Tayangan"],
            [SessionField.AverageViewers] = ["ACU"],
            [SessionField.PeakViewers] = ["PCU"],
            [SessionField.AverageViewingDuration] = ["Avg. Viewing Duration", "Rata-rata Durasi Menonton"],
            [SessionField.Comments] = ["Comments", "Komentar"],
            [SessionField.Shares] = ["Shares", "Dibagikan"],
            [SessionField.Likes] = ["Likes", "Suka"],
            [SessionField.NewFollowers] = ["New Followers", "Pengikut Baru"],
            [SessionField.ProductImpressions] = ["Product Impressions", "Impresi Produk"],
            [SessionField.ProductClicks] = ["Product Clicks", "Klik Produk"],
            [SessionField.Ctr] = ["CTR"],
        },
        TimeFormats = ["yyyy/MM/dd/ HH:mm", "yyyy/MM/dd HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"],
        Numbers = NumberDialect.DotThousands,
        Durations = DurationStyle.HoursMinutes,
    };

    /// <summary>The 2023-24 English LIVE list: duration and average view time in seconds, CTR as a fraction.</summary>
    public static readonly SessionLayout TikTokLiveList2023 = new()
    {
        Kind = "tiktok-live-list-2023",
        Description = "TikTok LIVE list, 2023-24 English headers",
        Platform = Platform.TikTok,
        Anchors = [SessionField.Title, SessionField.Start, SessionField.PeakViewers],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.Host] = ["Creator Id"],
            [SessionField.Title] = ["Livestream"],
            [SessionField.Start] = ["Start time"],
            [SessionField.Duration] = ["Duration"],
            [SessionField.Gmv] = ["Gross revenue", "Direct GMV"],
            [SessionField.Orders] = ["Orders paid for"],
            [SessionField.Items] = ["Items sold"],
            [SessionField.PeakViewers] = ["Peak viewers"],
            [SessionField.AverageViewingDuration] = ["Avg. view duration"],
            [SessionField.NewFollowers] = ["New followers"],
            [SessionField.ProductImpressions] = ["Product impressions"],
            [SessionField.ProductClicks] = ["Product clicks"],
            [SessionField.Ctr] = ["CTR"],
            [SessionField.Ctor] = ["CTOR (SKU orders)"],
        },
        TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm"],
        Numbers = NumberDialect.CommaThousands,
        Durations = DurationStyle.Seconds,
    };

    /// <summary>TikTok "Creator-Live-Performance" (LIVE Center), one row per Room ID (§2b).</summary>
    public static readonly SessionLayout TikTokCreatorLivePerformance = new()
    {
        Kind = "tiktok-creator-live-performance",
        Description = "TikTok Creator-Live-Performance (LIVE Center), one row per room",
        Platform = Platform.TikTok,
        Anchors = [SessionField.RoomId, SessionField.Gmv],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.RoomId] = ["Room ID"],
            [SessionField.Title] = ["Room Title"],
            [SessionField.Start] = ["Start Time"],
            [SessionField.End] = ["End Time"],
            [SessionField.Duration] = ["Duration"],
            [SessionField.Gmv] = ["Attributed GMV"],
            [SessionField.Items] = ["Attributed items sold"],
            [SessionField.Orders] = ["Attributed orders"],
            [SessionField.Views] = ["Views"],
            [SessionField.AverageViewingDuration] = ["Avg. viewing duration"],
            [SessionField.ProductImpressions] = ["Product Impressions"],
            [SessionField.ProductClicks] = ["Product clicks"],
            [SessionField.Ctr] = ["CTR"],
            [SessionField.Ctor] = ["CTOR"],
            [SessionField.NewFollowers] = ["New followers"],
            [SessionField.Comments] = ["Comments"],
            [SessionField.Shares] = ["Shares"],
            [SessionField.Likes] = ["Likes"],
        },
        TimeFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"],
        Numbers = NumberDialect.CommaThousands,
        Durations = DurationStyle.HoursMinutes,
    };

    /// <summary>TikTok affiliate / creator-LIVE report, Vietnamese headers (§2c).</summary>
    public static readonly SessionLayout TikTokAffiliateLive = new()
    {
        Kind = "tiktok-affiliate-live",
        Description = "TikTok affiliate creator-LIVE report, Vietnamese",
        Platform = Platform.TikTok,
        Anchors = [SessionField.RoomId, SessionField.Start],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.RoomId] = ["ID buổi LIVE"],
            [SessionField.Title] = ["Tiêu đề buổi LIVE"],
            [SessionField.Start] = ["Thời gian bắt đầu LIVE"],
            [SessionField.End] = ["Thời gian kết thúc LIVE"],
            [SessionField.Host] = ["Tên nhà sáng tạo"],
            [SessionField.Gmv] = ["GMV nhờ buổi LIVE của nhà sáng tạo"],
            [SessionField.Orders] = ["Đơn hàng nhờ buổi LIVE"],
            [SessionField.Items] = ["Số món bán ra"],
            [SessionField.AverageViewingDuration] = ["Thời lượng xem trung bình"],
            [SessionField.Likes] = ["Lượt thích"],
            [SessionField.Comments] = ["Bình luận"],
            [SessionField.Shares] = ["Chia sẻ"],
            [SessionField.ProductImpressions] = ["Lượt hiển thị sản phẩm"],
            [SessionField.ProductClicks] = ["Lượt nhấp vào sản phẩm", "Lượt nhấp sản phẩm", "Lượt nhấp (vào) sản phẩm"],
            [SessionField.Views] = ["Lượt hiển thị"],
            [SessionField.Ctr] = ["CTR"],
        },
        // Text dates are d/M/yyyy or M/d/yyyy; the range in the file name settles which.
        TimeFormats = ["d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"],
        Numbers = NumberDialect.DotThousands,
        Durations = DurationStyle.HoursMinutes,
    };

    /// <summary>Shopee Live session export, English and Indonesian headers (§4); Vietnamese guesses.</summary>
    public static readonly SessionLayout ShopeeLive = new()
    {
        Kind = "shopee-live",
        Description = "Shopee Live livestream list",
        Platform = Platform.Shopee,
        Anchors = [SessionField.Title, SessionField.Start],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.Title] = ["Livestream Name", "Nama Livestream", "Tên buổi livestream"],
            [SessionField.Host] = ["User Id"],
            [SessionField.Start] = ["Start Time", "Thời gian bắt đầu"],
            [SessionField.Duration] = ["Duration", "Durasi", "Thời lượng"],
            [SessionField.Comments] = ["Comments", "Komentar", "Bình luận"],
            [SessionField.AverageViewingDuration] = ["Avg. Viewing Duration", "Rata-rata durasi ditonton", "Durasi Rata-Rata Menonton", "Thời gian xem trung bình"],
            [SessionField.Viewers] = ["Viewers", "Penonton", "Người xem"],
            [SessionField.Orders] = ["Orders(Confirmed Order)", "Pesanan(Pesanan Siap Dikirim)", "Đơn hàng (Đơn đã xác nhận)"],
            [SessionField.Items] = ["Items Sold(Confirmed Order)", "Produk Terjual(Pesanan Siap Dikirim)", "Sản phẩm đã bán (Đơn đã xác nhận)"],
            [SessionField.Gmv] = ["Sales(Confirmed Order)", "Penjualan(Pesanan Siap Dikirim)", "Doanh số (Đơn đã xác nhận)"],
            [SessionField.Likes] = ["Likes"],
            [SessionField.Shares] = ["Shares"],
            [SessionField.NewFollowers] = ["New Followers"],
            [SessionField.PeakViewers] = ["Viewers(Max Concurrent)"],
        },
        TimeFormats = ["dd-MM-yyyy HH:mm", "dd-MM-yyyy HH:mm:ss", "dd/MM/yyyy HH:mm"],
        Numbers = NumberDialect.DotThousands,
        Durations = DurationStyle.Clock,
    };

    /// <summary>Meta Business Suite content export (§5): live videos become sessions with no sales.</summary>
    public static readonly SessionLayout MetaContent = new()
    {
        Kind = "facebook-content",
        Description = "Meta Business Suite content export (live videos)",
        Platform = Platform.Facebook,
        Anchors = [SessionField.RoomId, SessionField.Start],
        Aliases = new Dictionary<SessionField, string[]>
        {
            [SessionField.RoomId] = ["Post ID"],
            [SessionField.Shop] = ["Page name"],
            [SessionField.Title] = ["Title"],
            [SessionField.Start] = ["Publish time"],
            [SessionField.Duration] = ["Duration (sec)"],
            [SessionField.PostType] = ["Post type"],
            [SessionField.Period] = ["Date"],
            [SessionField.Views] = ["Views"],
            [SessionField.Viewers] = ["Reach"],
            [SessionField.Likes] = ["Reactions"],
            [SessionField.Comments] = ["Comments"],
            [SessionField.Shares] = ["Shares"],
            [SessionField.AverageViewingDuration] = ["Average Seconds viewed"],
        },
        TimeFormats = ["MM/dd/yyyy HH:mm", "M/d/yyyy H:mm", "MM/dd/yyyy HH:mm:ss"],
        Numbers = NumberDialect.CommaThousands,
        Durations = DurationStyle.Seconds,
        ViewingDurations = DurationStyle.Seconds,
        LivePostType = "live",
        LifetimePeriod = "Lifetime",
    };

    /// <summary>Most specific first: the first layout whose anchors all match wins.</summary>
    public static readonly IReadOnlyList<SessionLayout> All =
    [
        TikTokCreatorLivePerformance, TikTokAffiliateLive, TikTokLiveList2023, TikTokLiveListLegacy, TikTokLiveAnalysis, ShopeeLive, MetaContent,
    ];
}
