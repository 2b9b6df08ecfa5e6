using LivePeak.Analytics.Render.Localization;
using System.CommandLine;
using System.Globalization;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Slots;
using LivePeak.Analytics.Models.Windows;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak recommend</c>: the best windows to go LIVE, how sure, and what to sell then.</summary>
public static class RecommendCommand
{
    /// <summary>Without --available, windows at night are left out: few sellers go LIVE at 3 a.m.,
    /// and an untested night would otherwise look as promising as an untested evening.</summary>
    public const string DefaultAvailable = "Mon-Sun 06:00-24:00";

    private const int ProductsPerWindow = 3;
    private const int BundlesShown = 5;

    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments();
        var window = new Option<int>("--window") { Description = "Length of the LIVE you plan, in minutes (30 to 720, steps of 30)", DefaultValueFactory = _ => 120 };
        var top = new Option<int>("--top") { Description = "How many windows to recommend", DefaultValueFactory = _ => 3 };
        var available = new Option<string>("--available")
        {
            Description = "When you can go LIVE, e.g. \"Mon-Fri 08:00-23:00;Sat,Sun 06:00-23:59\"",
            DefaultValueFactory = _ => DefaultAvailable,
        };
        var explore = new Option<bool>("--explore") { Description = "Also suggest experiments: windows tried too seldom to know that could beat your best" };
        var json = new Option<bool>("--json") { Description = "Print the recommendation as JSON" };
        var forShop = new Option<string?>("--for")
        {
            Description = "The shop to recommend for (default: the one with the most LIVEs); every shop in the inputs helps fit the model",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the experiment sampler", DefaultValueFactory = _ => 42 };
        var saveModel = new Option<string?>("--save-model") { Description = "Also save the fitted slot model to this JSON file" };

        var command = new Command("recommend", "The best windows of the week to go LIVE, with expected GMV per live hour, how sure, and what to sell");
        inputs.AddTo(command);
        foreach (var option in new Option[] { window, top, available, explore, json, forShop, seed, saveModel })
        {
            command.Add(option);
        }

        command.SetAction(result =>
        {
            var topCount = result.GetValue(top);
            if (topCount < 1)
            {
                throw new UserInputException("--top must be 1 or more", ExitCodes.BadOption);
            }

            var query = new WindowQuery
            {
                WindowMinutes = result.GetValue(window),
                Top = topCount,
                Availability = ParseAvailability(result.GetValue(available)!),
                Explore = result.GetValue(explore) ? topCount : 0,
            };
            if (query.WindowMinutes is < WindowQuery.MinimumMinutes or > WindowQuery.MaximumMinutes || query.WindowMinutes % 30 != 0)
            {
                throw new UserInputException($"--window must be {WindowQuery.MinimumMinutes} to {WindowQuery.MaximumMinutes} minutes in steps of 30, not {query.WindowMinutes}", ExitCodes.BadOption);
            }

            var asJson = result.GetValue(json);
            var data = ModelInputs.Import(context, inputs, result, asJson);
            if (data.Outcomes.Count == 0)
            {
                throw new UserInputException(
                    "no LIVE with a known length and known sales in the inputs; recommend needs a LIVE report " +
                    "(TikTok LIVE list, Shopee Live, ...) with GMV, or beside the orders of its platform", ExitCodes.NoData);
            }

            var (shop, platform) = Target(data.Outcomes, result.GetValue(forShop));
            var model = new SlotModelTrainer(new SlotModelOptions { Seed = result.GetValue(seed) }).Fit(data.Outcomes);
            if (result.GetValue(saveModel) is { } path)
            {
                model.Save(path);
            }

            var recommendation = new WindowRanker(model).Recommend(shop, platform, query);
            var (mixLines, fromLive) = data.MixLines(shop, platform);
            var mix = mixLines.Count > 0 ? new ProductMixTrainer(new ProductMixOptions()).Fit(mixLines) : null;
            if (asJson)
            {
                using var stdout = new MemoryStream();
                RecommendJson.Write(stdout, recommendation, model.Options.IntervalLevel, query.WindowMinutes, query.Availability.Text, mix, fromLive, ProductsPerWindow, BundlesShown);
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            }
            else
            {
                Render(context.Console, context.WordsOf(result), data, model, recommendation, mix, fromLive, query);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    internal static Availability ParseAvailability(string text)
    {
        try
        {
            return Availability.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UserInputException($"--available: {e.Message}", ExitCodes.BadOption);
        }
    }

    /// <summary>The shop asked for (or the one with the most LIVEs) on its platform with the most LIVEs.</summary>
    private static (string Shop, Platform Platform) Target(IReadOnlyList<LiveOutcome> lives, string? requested)
    {
        var byShop = lives.GroupBy(l => l.Shop, StringComparer.Ordinal).ToList();
        var chosen = requested is null
            ? byShop.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First()
            : byShop.FirstOrDefault(g => string.Equals(g.Key, requested, StringComparison.OrdinalIgnoreCase))
              ?? throw new UserInputException(
                  $"no LIVEs of shop '{requested}' in the inputs (shops: {string.Join(", ", byShop.Select(g => g.Key).Order(StringComparer.Ordinal))})",
                  ExitCodes.BadOption);
        var platform = chosen.GroupBy(l => l.Platform).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return (chosen.Key, platform);
    }

    private static void Render(IAnsiConsole console, Words words, ModelInputs data, SlotModel model, Recommendation recommendation, ProductMix? mix, bool fromLive, WindowQuery query)
    {
        console.Write(ImportSummaryTable.Build(data.Summary, words));
        var account = model.Account(recommendation.Shop, recommendation.Platform)!;
        var shops = model.Shops.Count;
        var others = shops > 1 ? FormattableString.Invariant($" Fitted together with {shops - 1} other shop(s); choose another with --for.") : string.Empty;
        console.MarkupLine(Markup.Escape(FormattableString.Invariant(
            $"{recommendation.Shop} on {recommendation.Platform}: {account.Lives} LIVEs, {account.LiveHours:0} live hours, on average {RecommendTables.Money(account.AveragePerHour)} GMV per live hour.") + others));
        console.MarkupLine(Markup.Escape($"Windows of {query.WindowMinutes} minutes within {query.Availability.Text} (set your hours with --available)."));
        if (recommendation.Windows.Count == 0)
        {
            console.MarkupLine(Markup.Escape($"No {query.WindowMinutes}-minute window fits within {query.Availability.Text}."));
            return;
        }

        console.Write(RecommendTables.Windows(recommendation, mix, model.Options.IntervalLevel));
        if (recommendation.Experiments.Count > 0)
        {
            console.Write(RecommendTables.Experiments(recommendation));
        }

        if (mix is not null && mix.Bundles.Count > 0)
        {
            console.Write(RecommendTables.Bundles(mix, BundlesShown));
        }

        console.MarkupLine(Markup.Escape(
            FormattableString.Invariant($"GMV / live hour is what a LIVE of {query.WindowMinutes} minutes there can expect; the next LIVE falls in the range {RecommendTables.Pct(model.Options.IntervalLevel, "0")} of the time. ") +
            FormattableString.Invariant($"Evidence is how sure it is that the window differs from your typical live hour: strong = {EvidenceRules.StrongLives}+ LIVEs and {RecommendTables.Pct(EvidenceRules.StrongProbability, "0")} sure, ") +
            FormattableString.Invariant($"moderate = {EvidenceRules.ModerateLives}+ LIVEs and {RecommendTables.Pct(EvidenceRules.ModerateProbability, "0")} sure, thin = less, none = no LIVE there yet.")));
        console.MarkupLine(Markup.Escape(fromLive
            ? "Products: what sold during your LIVEs in each window."
            : "Products: what sold in each window (no order is linked to a LIVE in the inputs)."));
    }
}
