using System.Text;

namespace LivePeak.Analytics.Generate;

/// <summary>
/// Command-line names of <see cref="ExportFormat"/>s, derived from the enum so every new format
/// has one: <c>TikTokXlsx</c> is <c>tiktok-xlsx</c>, <c>ShopeeCsv</c> is <c>shopee-csv</c>,
/// <c>TikTokLiveList2023</c> is <c>tiktok-live-list-2023</c>.
/// </summary>
public static class ExportFormatNames
{
    public static string Slug(this ExportFormat format)
    {
        var name = format.ToString().Replace("TikTok", "Tiktok", StringComparison.Ordinal);
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            // A word or a run of digits starts a new part: TikTokLiveList2023 is tiktok-live-list-2023.
            if (i > 0 && (char.IsUpper(name[i]) || (char.IsAsciiDigit(name[i]) && !char.IsAsciiDigit(name[i - 1]))))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> All => Enum.GetValues<ExportFormat>().Select(Slug).ToList();

    public static bool TryParse(string name, out ExportFormat format)
    {
        foreach (var candidate in Enum.GetValues<ExportFormat>())
        {
            if (string.Equals(candidate.Slug(), name, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
