using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Render.Json;
using LivePeak.Analytics.Render.Terminal;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak products</c>: what sells in a window, and what buyers take together.</summary>
public static class ProductsCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new ImportArguments();
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
        foreach (var option in new Option[] { window, basket, minSupport, top, json })
        {
            command.Add(option);
        }

        command.SetAction(result =>
        {
            var support = result.GetValue(minSupport);
            if (!(support is > 0 and <= 1))
            {
                throw new UserInputException($"--min-support must be above 0 and at most 1 (a share of baskets), not {support.ToString(System.Globalization.CultureInfo.InvariantCulture)}", ExitCodes.BadOption);
            }

            var count = result.GetValue(top);
            if (count < 1)
            {
                throw new UserInputException("--top must be 1 or more", ExitCodes.BadOption);
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
                    throw new UserInputException($"--window: {e.Message}", ExitCodes.BadOption);
                }
            }

            var kind = result.GetValue(basket) == "live" ? BasketKind.Live : BasketKind.Order;
            var asJson = result.GetValue(json);
            var data = ModelInputs.Import(context, inputs, result, asJson);
            var (lines, fromLive) = data.MixLines(null, null);
            if (lines.Count == 0)
            {
                throw new UserInputException("no order lines in the inputs to read products from", ExitCodes.NoData);
            }

            if (kind == BasketKind.Live && !fromLive)
            {
                throw new UserInputException("--basket live needs orders linked to LIVEs: add a LIVE report beside the orders", ExitCodes.NoData);
            }

            var mix = new ProductMixTrainer(new ProductMixOptions { Basket = kind, MinSupport = support }).Fit(lines);
            var products = chosen is { } w ? mix.Top(w, count) : mix.Overall().Take(count).ToList();
            if (asJson)
            {
                using var stdout = new MemoryStream();
                ProductsJson.Write(stdout, mix, chosen, fromLive, products, count);
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
                return ExitCodes.Ok;
            }

            var console = context.Console;
            console.Write(ImportSummaryTable.Build(data.Summary, context.WordsOf(result)));
            var scope = fromLive ? "sold during LIVEs" : "sold";
            console.Write(RecommendTables.Products(products, chosen is { } c ? $"Products {scope} {c}" : $"Products {scope}, whole week"));
            if (chosen is not null)
            {
                console.MarkupLine(Markup.Escape(FormattableString.Invariant($"Share is of the window's revenue, pulled toward the usual share where the window has few orders (as if it had {mix.Options.PriorOrders:0} more); lift is share over usual share.")));
            }

            if (mix.Bundles.Count > 0)
            {
                console.Write(RecommendTables.Bundles(mix, count));
            }
            else
            {
                console.MarkupLine(Markup.Escape(FormattableString.Invariant($"No bundles: no set of products is in {RecommendTables.Pct(support, "0.#")} of the {mix.Baskets} {(kind == BasketKind.Live ? "LIVEs" : "orders")} and bought together more than chance.")));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
