using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Generate;

/// <summary>What each <see cref="ExportFormat"/> writes: order files, LIVE reports, and for which platform.</summary>
public static class ExportFormatKinds
{
    /// <summary>True for the formats that write order logs (they may add a LIVE list, see <see cref="GenerateOptions.LiveList"/>).</summary>
    public static bool WritesOrders(this ExportFormat format) => format is
        ExportFormat.TikTok or ExportFormat.TikTokXlsx or ExportFormat.Shopee or ExportFormat.ShopeeCsv or ExportFormat.Generic or ExportFormat.Canonical;

    /// <summary>
    /// The platform whose LIVEs the format's files tell of: TikTok and Shopee for theirs, Facebook
    /// for the POS log (its LIVE orders are Facebook sales) and Meta's export, <see cref="Platform.Other"/>
    /// for the canonical log, which has no LIVEs.
    /// </summary>
    public static Platform LivePlatform(this ExportFormat format) => format switch
    {
        ExportFormat.TikTok or ExportFormat.TikTokXlsx or ExportFormat.TikTokLiveAnalysis or ExportFormat.TikTokCreatorLive or
            ExportFormat.TikTokAffiliateLive or ExportFormat.TikTokLiveDetail or ExportFormat.TikTokLiveListLegacy or ExportFormat.TikTokLiveList2023 => Platform.TikTok,
        ExportFormat.Shopee or ExportFormat.ShopeeCsv or ExportFormat.ShopeeLive => Platform.Shopee,
        ExportFormat.Generic or ExportFormat.MetaContent => Platform.Facebook,
        _ => Platform.Other,
    };
}
