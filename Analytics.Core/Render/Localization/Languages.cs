using System.Globalization;

namespace LivePeak.Analytics.Render.Localization;

/// <summary>Choosing a language: by code (<c>vi</c>, <c>en</c>) or from the user's UI culture.</summary>
public static class Languages
{
    public static string Code(this Language language) => language == Language.Vietnamese ? "vi" : "en";

    public static bool TryParse(string text, out Language language)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "vi": case "vi-vn": case "vietnamese": case "tiếng việt": language = Language.Vietnamese; return true;
            case "en": case "en-us": case "en-gb": case "english": language = Language.English; return true;
            default: language = Language.English; return false;
        }
    }

    /// <summary>
    /// Vietnamese for a Vietnamese UI culture, English otherwise. The culture only picks the
    /// language: numbers are never formatted with it (see <see cref="NumberText"/>).
    /// </summary>
    public static Language FromCulture(CultureInfo uiCulture) =>
        string.Equals(uiCulture.TwoLetterISOLanguageName, "vi", StringComparison.OrdinalIgnoreCase) ? Language.Vietnamese : Language.English;
}
