using System.CommandLine;
using LivePeak.Analytics.Generate;
using LivePeak.Analytics.Import;
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
        format.AcceptOnlyFromAmong([.. ExportFormatNames.All]);
        var shops = new Option<int>("--shops") { Description = "Number of shops", DefaultValueFactory = _ => defaults.Shops };
        var weeks = new Option<int>("--weeks") { Description = "Weeks of sales", DefaultValueFactory = _ => defaults.Weeks };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed writes the same files", DefaultValueFactory = _ => defaults.Seed };
        var perDay = new Option<double>("--orders-per-day") { Description = "Average orders per shop and day", DefaultValueFactory = _ => defaults.OrdersPerDay };
        var start = new Option<string>("--start")
        {
            Description = "First day, yyyy-MM-dd",
            DefaultValueFactory = _ => LocalDatePattern.Iso.Format(defaults.StartDate),
        };

        var rows = new Option<long?>("--rows")
        {
            Description = "With --format canonical: stream exactly this many rows (100 million and more) for benchmarks",
        };
        var command = new Command("generate", "Write realistic synthetic exports (Vietnamese products, VND, daily peaks at 10-12 and 20-22)")
        {
            output, format, shops, weeks, seed, perDay, start, rows,
        };
        command.SetAction(result =>
        {
            ExportFormatNames.TryParse(result.GetValue(format)!, out var chosen);
            if (result.GetValue(rows) is { } rowCount)
            {
                if (chosen != ExportFormat.Canonical || rowCount < 0)
                {
                    throw new UserInputException("--rows takes a count of 0 or more and goes with --format canonical", ExitCodes.BadOption);
                }

                var clock = System.Diagnostics.Stopwatch.StartNew();
                var path = CanonicalStream.WriteFile(result.GetValue(output)!, rowCount, result.GetValue(seed), Math.Max(1, result.GetValue(shops)) == 1 ? 500 : result.GetValue(shops));
                context.Output.WriteLine(path);
                context.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"livepeak: {rowCount:N0} rows, {new FileInfo(path).Length / 1e6:N0} MB in {clock.Elapsed.TotalSeconds:N1} s"));
                return ExitCodes.Ok;
            }

            var startText = result.GetValue(start)!;
            var startDate = LocalDatePattern.Iso.Parse(startText);
            if (!startDate.Success)
            {
                throw new UserInputException($"--start '{startText}' is not a date like 2026-06-01", ExitCodes.BadOption);
            }

            var options = new GenerateOptions
            {
                Format = chosen,
                Shops = result.GetValue(shops),
                Weeks = result.GetValue(weeks),
                Seed = result.GetValue(seed),
                OrdersPerDay = result.GetValue(perDay),
                StartDate = startDate.Value,
            };
            options.Validate();
            var written = ExportGenerator.Write(options, result.GetValue(output)!);
            foreach (var path in written)
            {
                context.Output.WriteLine(path);
            }

            if (chosen == ExportFormat.Generic)
            {
                context.Error.WriteLine($"livepeak: read the POS log with --map \"{ExportGenerator.GenericMap}\" --culture {ExportGenerator.GenericCulture}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
