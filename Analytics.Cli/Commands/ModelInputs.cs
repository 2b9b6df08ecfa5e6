using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Cli.Commands;

/// <summary>
/// What the model commands read: the LIVEs with what they sold, and the product sales of the lines
/// each LIVE (or each shop) sold. From input files the engine imports them once and keeps the
/// order lines, compact (<see cref="MixLineLog"/>); from a ClickHouse store each is computed by SQL, into the same types.
/// </summary>
public sealed class ModelInputs : IDisposable
{
    private readonly Func<string?, Platform?, BasketKind, (ProductSales, bool)> _sales;
    private readonly IDisposable? _connection;

    private ModelInputs(
        ImportSummary summary, string? store, IEnumerable<SessionResult> lives, IReadOnlySet<Platform> platformsWithOrders,
        Func<string?, Platform?, BasketKind, (ProductSales, bool)> sales, IDisposable? connection = null)
    {
        Summary = summary;
        Store = store;
        Outcomes = LiveOutcome.FromResults(lives, platformsWithOrders);
        _sales = sales;
        _connection = connection;
    }

    /// <summary>The files read; none when the data came from a store.</summary>
    public ImportSummary Summary { get; }

    /// <summary>Which store the data came from, or null for input files.</summary>
    public string? Store { get; }

    /// <summary>LIVEs whose sales are known: a reported GMV, or orders of their platform in the inputs.</summary>
    public IReadOnlyList<LiveOutcome> Outcomes { get; }

    /// <summary>Reads the inputs, or the store when <paramref name="store"/> asks for one.</summary>
    public static ModelInputs Read(CliContext context, ImportArguments arguments, StoreArguments? store, ParseResult result, bool quiet)
    {
        if (store is not null && store.UsesStore(result))
        {
            var source = StoreSource.Open(context, result, arguments, store, 60);
            try
            {
                var options = source.Options;
                return new ModelInputs(
                    new ImportSummary([]), source.Name, source.Client.Sessions(options).Ledger.Results(), source.Client.PlatformsWithOrders(options),
                    (shop, platform, basket) => source.Client.ProductSales(options, basket, shop, platform), source);
            }
            catch
            {
                source.Dispose();
                throw;
            }
        }

        return Import(context, arguments, result, quiet);
    }

    private static ModelInputs Import(CliContext context, ImportArguments arguments, ParseResult result, bool quiet)
    {
        var options = arguments.ToOptions(result);
        var builder = new CubeBuilder(arguments.ToCubeOptions(result, options, 60) with { SlotTables = false });
        // The lines are kept for the product mix, compact: a large log's order lines do not fit.
        var lines = new MixLineLog();
        var summary = ImportRunner.Run(
            context, context.WordsOf(result), arguments.RequireInputs(result), options, result.GetValue(arguments.Rejects), quiet,
            line =>
            {
                var filtered = builder.LinesFiltered;
                var live = builder.Add(line);
                if (builder.LinesFiltered == filtered)
                {
                    lines.Add(line, live?.Key);
                }
            },
            builder.AddSession, builder.AddDetail);
        // A shop's lines are its own and the default shop's: a POS log kept without a shop name
        // belongs to whichever shop is asked about.
        return new ModelInputs(summary, null, builder.Ledger.Results(), lines.Platforms,
            (shop, platform, basket) => lines.Sales(shop, platform, builder.Options.DefaultShop, basket));
    }

    /// <summary>
    /// The product sales the mix reads for a shop (all shops when null) on a platform (all when
    /// null): the lines sold during its LIVEs when it has any, else all its lines. Returns which it took.
    /// </summary>
    public (ProductSales Sales, bool LiveOnly) Sales(string? shop, Platform? platform, BasketKind basket) => _sales(shop, platform, basket);

    public void Dispose() => _connection?.Dispose();
}
