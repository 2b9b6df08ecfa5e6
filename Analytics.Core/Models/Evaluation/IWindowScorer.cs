using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Models.Evaluation;

/// <summary>A way of ranking a shop's windows, fitted on earlier weeks.</summary>
public interface IWindowScorer
{
    string Name { get; }

    /// <summary>Higher is better; only the order of a shop's windows matters.</summary>
    double Score(string shop, Platform platform, Window window);
}
