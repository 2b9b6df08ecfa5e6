using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Localization;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak products</c>: what sells in a window, and what buyers take together.</summary>
public static class ProductsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments(context.Language);
        var store = new StoreArguments(context.Language);
        var window = new Option<string?>("--window") { Description = "Rank products for this window, e.g. \"Sat 20:00-22:00\" (default: the whole week)" };
        var basket = new Option<string>("--basket")
        {
            Description = "What counts as bought together: order (one order) or live (one LIVE)",
            DefaultValueFactory = _ => "order",
        };
        basket.AcceptOnlyFromAmong("order", "live");
        var minSupport = new Option<double>("--min-support")
        {
            Description = "Bundles need at least this share of baskets (0.01 = 1%)",
            DefaultValueFactory = _ => 0.01,
        };
        var top = new Option<int>("--top") { Description = "How many products and bundles to list", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print products and bundles as JSON" };

        var command = new Command("products", "Which products sell in a window (shrunken share of its revenue) and which are bought together (bundles)");
        inputs.AddTo(command);
        store.AddTo(command);
        foreach (var option in new Option[] { window, basket, minSupport, top, json })
        {
            command.Add(option);
        }

        command.SetAction(result =>
        {
            var support = result.GetValue(minSupport);
            if (!(support is > 0 and <= 1))
            {
                throw new UserInputException(new LocalText("error.products.minsupport", ("value", support)), ExitCodes.BadOption);
            }

            var count = result.GetValue(top);
            if (count < 1)
            {
                throw new UserInputException(new LocalText("error.option.topone"), ExitCodes.BadOption);
            }

            Window? chosen = null;
            if (result.GetValue(window) is { } text)
            {
                try
                {
                    chosen = WindowText.Parse(text);
                }
                catch (FormatException e)
                {
                    throw new UserInputException(new LocalText("error.option.window", ("reason", e.Message)), ExitCodes.BadOption);
                }
            }

            var kind = result.GetValue(basket) == "live" ? BasketKind.Live : BasketKind.Order;
            var asJson = result.GetValue(json);
            using var data = ModelInputs.Read(context, inputs, store, result, asJson);
            var (sales, fromLive) = data.Sales(null, null, kind);
            if (sales.Lines == 0)
            {
                throw new UserInputException(new LocalText("error.products.nolines"), ExitCodes.NoData);
            }

            if (kind == BasketKind.Live && !fromLive)
            {
                throw new UserInputException(new LocalText("error.products.livebasket"), ExitCodes.NoData);
            }

            var mix = new ProductMixTrainer(new ProductMixOptions { Basket = kind, MinSupport = support }).Fit(sales);
            var products = chosen is { } w ? mix.Top(w, count) : mix.Overall().Take(count).ToList();
            if (asJson)
            {
                using var stdout = new MemoryStream();
                ProductsJson.Write(stdout, mix, chosen, fromLive, products, count);
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return ExitCodes.Ok;
            }

            var console = context.Console;
            var words = context.WordsOf(result);
            var numbers = words.Numbers;
            SlotsCommand.WriteSource(console, data.Summary, data.Store, words);
            var scope = fromLive ? "lives" : "orders";
            var title = chosen is { } c
                ? words.Format("cli.products.title." + scope, ("window", numbers.Window(c)))
                : words["cli.products.title.week." + scope];
            console.Write(RecommendTables.Products(products, title, words));
            if (chosen is not null)
            {
                console.MarkupLine(Markup.Escape(words.Format("cli.products.note.share", ("count", numbers.Integer((decimal)mix.Options.PriorOrders)))));
            }

            if (mix.Bundles.Count > 0)
            {
                console.Write(RecommendTables.Bundles(mix, count, words));
            }
            else
            {
                console.MarkupLine(Markup.Escape(words.Format(
                    kind == BasketKind.Live ? "cli.products.nobundles.lives" : "cli.products.nobundles.orders",
                    ("percent", numbers.Number((decimal)support * 100, 1) + "%"), ("count", numbers.Integer(mix.Baskets)))));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
