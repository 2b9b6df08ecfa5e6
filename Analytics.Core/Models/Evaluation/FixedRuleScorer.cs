using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>The rule of thumb: go LIVE at 10:00-12:00 or 20:00-22:00. A window scores by the share of it inside those hours.</summary>
public sealed class FixedRuleScorer : IWindowScorer
{
    public string Name => "10-12 / 20-22 rule";

    public double Score(string shop, Platform platform, Window window)
    {
        var start = window.First.StartMinute;
        var inside = 0;
        for (var m = 0; m < window.Minutes; m++)
        {
            var minute = (start + m) % 1440;
            if (minute is >= 600 and < 720 or >= 1200 and < 1320)
            {
                inside++;
            }
        }

        return (double)inside / window.Minutes;
    }
}
