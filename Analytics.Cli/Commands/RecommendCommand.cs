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
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
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
        store.AddTo(command);
        foreach (var option in new Option[] { window, top, available, explore, json, forShop, seed, saveModel })
        {
            command.Add(option);
        }

        command.SetAction(result =>
        {
            var topCount = result.GetValue(top);
            if (topCount < 1)
            {
                throw new UserInputException(new LocalText("error.option.topone"), ExitCodes.BadOption);
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
                throw new UserInputException(
                    new LocalText("error.recommend.window", ("min", WindowQuery.MinimumMinutes), ("max", WindowQuery.MaximumMinutes), ("value", query.WindowMinutes)),
                    ExitCodes.BadOption);
            }

            var asJson = result.GetValue(json);
            using var data = ModelInputs.Read(context, inputs, store, result, asJson);
            if (data.Outcomes.Count == 0)
            {
                throw new UserInputException(new LocalText("error.recommend.nolives"), ExitCodes.NoData);
            }

            var (shop, platform) = Target(data.Outcomes, result.GetValue(forShop));
            var model = new SlotModelTrainer(new SlotModelOptions { Seed = result.GetValue(seed) }).Fit(data.Outcomes);
            if (result.GetValue(saveModel) is { } path)
            {
                model.Save(path);
            }

            var recommendation = new WindowRanker(model).Recommend(shop, platform, query);
            var mixOptions = new ProductMixOptions();
            var (sales, fromLive) = data.Sales(shop, platform, mixOptions.Basket);
            var mix = sales.Lines > 0 ? new ProductMixTrainer(mixOptions).Fit(sales) : null;
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
            throw new UserInputException(new LocalText("error.option.available", ("reason", e.Message)), ExitCodes.BadOption);
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
                  new LocalText("error.recommend.shop", ("shop", requested), ("shops", new TextList(", ", [.. byShop.Select(g => g.Key).Order(StringComparer.Ordinal)]))),
                  ExitCodes.BadOption);
        var platform = chosen.GroupBy(l => l.Platform).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return (chosen.Key, platform);
    }

    private static void Render(IAnsiConsole console, Words words, ModelInputs data, SlotModel model, Recommendation recommendation, ProductMix? mix, bool fromLive, WindowQuery query)
    {
        var numbers = words.Numbers;
        SlotsCommand.WriteSource(console, data.Summary, data.Store, words);
        var account = model.Account(recommendation.Shop, recommendation.Platform)!;
        var shops = model.Shops.Count;
        var about = words.Format("cli.recommend.account",
            ("shop", recommendation.Shop), ("platform", recommendation.Platform.ToString()), ("lives", numbers.Integer(account.Lives)),
            ("hours", numbers.Integer((decimal)account.LiveHours)), ("money", RecommendTables.Money(words, account.AveragePerHour)));
        if (shops > 1)
        {
            about += " " + words.Format("cli.recommend.others", ("count", numbers.Integer(shops - 1)));
        }

        console.MarkupLine(Markup.Escape(about));
        var minutes = numbers.Integer(query.WindowMinutes);
        console.MarkupLine(Markup.Escape(words.Format("cli.recommend.scope", ("minutes", minutes), ("hours", query.Availability.Text))));
        if (recommendation.Windows.Count == 0)
        {
            console.MarkupLine(Markup.Escape(words.Format("cli.recommend.nowindow", ("minutes", minutes), ("hours", query.Availability.Text))));
            return;
        }

        console.Write(RecommendTables.Windows(recommendation, mix, model.Options.IntervalLevel, words));
        if (recommendation.Experiments.Count > 0)
        {
            console.Write(RecommendTables.Experiments(recommendation, words));
        }

        if (mix is not null && mix.Bundles.Count > 0)
        {
            console.Write(RecommendTables.Bundles(mix, BundlesShown, words));
        }

        console.MarkupLine(Markup.Escape(
            words.Format("cli.recommend.note.range", ("minutes", minutes), ("percent", RecommendTables.Pct(words, model.Options.IntervalLevel, 0))) + " " +
            words.Format("cli.recommend.note.evidence",
                ("stronglives", numbers.Integer(EvidenceRules.StrongLives)), ("strongsure", RecommendTables.Pct(words, EvidenceRules.StrongProbability, 0)),
                ("moderatelives", numbers.Integer(EvidenceRules.ModerateLives)), ("moderatesure", RecommendTables.Pct(words, EvidenceRules.ModerateProbability, 0)))));
        console.MarkupLine(Markup.Escape(words[fromLive ? "cli.recommend.products.lives" : "cli.recommend.products.orders"]));
    }
}
