using System.CommandLine;
using System.Globalization;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Cli.Commands;

/// <summary>The inputs and reading options every analysing command shares.</summary>
public sealed class ImportArguments
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Export files (CSV, XLSX) or folders to search for them",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> TimeZone { get; } = new("--tz")
    {
        Description = "The shop's IANA time zone; slots are in its wall-clock time",
        DefaultValueFactory = _ => ImportOptions.DefaultTimeZoneId,
    };

    public Option<string?> Map { get; } = new("--map")
    {
        Description = "Column map for logs of no known layout, e.g. \"timestamp=InvoiceDate;order=InvoiceNo;product=StockCode;quantity=Quantity;unit_price=UnitPrice\", or a file holding one",
    };

    public Option<string?> TimeFormat { get; } = new("--time-format")
    {
        Description = "Date/time pattern of generic logs, e.g. \"dd/MM/yyyy HH:mm\" (overrides detection)",
    };

    public Option<string?> Culture { get; } = new("--culture")
    {
        Description = "Culture generic logs are written in, e.g. vi-VN (1.234.567,5) or en-US (1,234,567.5)",
    };

    public Option<string> ShopName { get; } = new("--shop-name")
    {
        Description = "Shop name for files that carry none (platform exports are per shop)",
        DefaultValueFactory = _ => "default",
    };

    public Option<string?> Rejects { get; } = new("--rejects")
    {
        Description = "Write rejected rows with file, line, column and reason to this CSV file",
    };

    public void AddTo(Command command)
    {
        command.Add(Inputs);
        command.Add(TimeZone);
        command.Add(Map);
        command.Add(TimeFormat);
        command.Add(Culture);
        command.Add(ShopName);
        command.Add(Rejects);
    }

    public ImportOptions ToOptions(ParseResult result)
    {
        CultureInfo? culture = null;
        if (result.GetValue(Culture) is { } cultureName)
        {
            try
            {
                culture = CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                throw new UserInputException($"unknown culture '{cultureName}' (try vi-VN or en-US)", ExitCodes.BadOption);
            }
        }

        ColumnMap? map = null;
        if (result.GetValue(Map) is { } mapText)
        {
            var text = File.Exists(mapText) ? File.ReadAllText(mapText) : mapText;
            map = ColumnMap.Parse(text.Trim());
        }

        return new ImportOptions
        {
            Zone = ImportOptions.ParseZone(result.GetValue(TimeZone)!),
            Map = map,
            TimeFormat = result.GetValue(TimeFormat),
            Culture = culture,
            DefaultShop = result.GetValue(ShopName)!,
        };
    }
}
