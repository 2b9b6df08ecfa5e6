using System.CommandLine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Generate.Planted;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using NodaTime.Text;

namespace LivePeak.Cli.Commands;

/// <summary><c>livepeak generate</c>: realistic synthetic exports in the real layouts, same seed same files.</summary>
public static class GenerateCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new GenerateOptions();
        var output = new Option<string>("--out") { Description = "Folder to write the files into", Required = true };
        var format = new Option<string>("--format")
        {
            Description = "Layout to write: " + string.Join(", ", ExportFormatNames.All),
            DefaultValueFactory = _ => ExportFormat.TikTok.Slug(),
        };
        format.AcceptOnly(context.Language, [.. ExportFormatNames.All]);
        var shops = new Option<int>("--shops") { Description = "Number of shops", DefaultValueFactory = _ => defaults.Shops };
        var weeks = new Option<int>("--weeks") { Description = "Weeks of sales", DefaultValueFactory = _ => defaults.Weeks };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same files", DefaultValueFactory = _ => defaults.Seed };
        var perDay = new Option<double>("--orders-per-day") { Description = "Average orders per shop and day", DefaultValueFactory = _ => defaults.OrdersPerDay };
        var start = new Option<string>("--start")
        {
            Description = "First day, yyyy-MM-dd",
            DefaultValueFactory = _ => LocalDatePattern.Iso.Format(defaults.StartDate),
        };

        var planted = new Option<string?>("--planted")
        {
            Description = "Plant known slot effects in the LIVEs, to check the models against: best (each shop's own best two hours twice as good, on a realistic week) "
                          + "or none (every hour alike); writes " + PlantedExport.TruthFileName + " with the truth",
        };
        planted.AcceptOnly(context.Language, ["best", "none"]);
        var folderPerShop = new Option<bool>("--folder-per-shop")
        {
            Description = "Write each shop's files into a folder named after the shop; read them back apart with --shop-from-folder",
        };
        var rows = new Option<long?>("--rows")
        {
            Description = "With --format canonical: stream exactly this many rows (100 million and more) for benchmarks",
        };
        var command = new Command("generate", "Write realistic synthetic exports (Vietnamese products, VND, daily peaks at 10-12 and 20-22)")
        {
            output, format, shops, weeks, seed, perDay, start, planted, folderPerShop, rows,
        };
        command.SetAction(result =>
        {
            var words = context.WordsOf(result);
            var numbers = words.Numbers;
            ExportFormatNames.TryParse(result.GetValue(format)!, out var chosen);
            if (result.GetValue(rows) is { } rowCount)
            {
                if (chosen != ExportFormat.Canonical || rowCount < 0)
                {
                    throw new UserInputException(new LocalText("error.generate.rows"), ExitCodes.BadOption);
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                var path = CanonicalStream.WriteFile(result.GetValue(output)!, rowCount, result.GetValue(seed), Math.Max(1, result.GetValue(shops)) == 1 ? 500 : result.GetValue(shops));
                context.Output.WriteLine(path);
                context.Note(words, "cli.generate.rows", ("rows", numbers.Integer(rowCount)),
                    ("megabytes", numbers.Integer(new FileInfo(path).Length / 1_000_000m)), ("seconds", numbers.Decimal((decimal)clock.Elapsed.TotalSeconds, 1)));
                return ExitCodes.Ok;
            }

            var startText = result.GetValue(start)!;
            var startDate = LocalDatePattern.Iso.Parse(startText);
            if (!startDate.Success)
            {
                throw new UserInputException(new LocalText("error.generate.start", ("start", startText)), ExitCodes.BadOption);
            }

            var options = new GenerateOptions
            {
                Format = chosen,
                Shops = result.GetValue(shops),
                FolderPerShop = result.GetValue(folderPerShop),
                Weeks = result.GetValue(weeks),
                Seed = result.GetValue(seed),
                OrdersPerDay = result.GetValue(perDay),
                StartDate = startDate.Value,
                Planted = result.GetValue(planted) switch
                {
                    null => null,
                    var name when name.Equals("none", StringComparison.OrdinalIgnoreCase) => PlantedEffect.None,
                    _ => PlantedEffect.Best,
                },
            };
            options.Validate();
            var written = ExportGenerator.Write(options, result.GetValue(output)!);
            foreach (var path in written)
            {
                context.Output.WriteLine(path);
            }

            if (chosen == ExportFormat.Generic)
            {
                context.Note(words, "cli.generate.generic", ("map", ExportGenerator.GenericMap), ("culture", ExportGenerator.GenericCulture));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
