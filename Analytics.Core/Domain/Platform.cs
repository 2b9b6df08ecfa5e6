namespace LivePeak.Analytics.Domain;

/// <summary>Where a sale or a LIVE happened. <see cref="Other"/> covers POS and hand-kept logs.</summary>
public enum Platform
{
    Other = 0,
    TikTok = 1,
    Shopee = 2,
    Facebook = 3,
}

public static class PlatformNames
{
    public static string ToSlug(this Platform platform) => platform switch
    {
        Platform.TikTok => "tiktok",
        Platform.Shopee => "shopee",
        Platform.Facebook => "facebook",
        _ => "other",
    };

    public static bool TryParse(string text, out Platform platform)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "tiktok": case "tiktok shop": case "tts": platform = Platform.TikTok; return true;
            case "shopee": platform = Platform.Shopee; return true;
            case "facebook": case "fb": case "meta": platform = Platform.Facebook; return true;
            case "other": case "pos": case "": platform = Platform.Other; return true;
            default: platform = Platform.Other; return false;
        }
    }
}
