using System.CommandLine;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Models.Products;
using LivePeak.Analytics.Models.Slots;

namespace LivePeak.Cli.Commands;

/// <summary>
/// What the model commands read: the LIVEs with what they sold, and the order lines with the
/// LIVE each belongs to. Imported once through the engine, as every command imports.
/// </summary>
public sealed class ModelInputs
{
    private ModelInputs(CubeBuilder builder, ImportSummary summary, List<OrderLine> lines)
    {
        Builder = builder;
        Summary = summary;
        Lines = lines;
        PlatformsWithOrders = lines.Select(l => l.Platform).ToHashSet();
        Outcomes = LiveOutcome.FromResults(builder.Ledger.Results(), PlatformsWithOrders);
        var sessions = builder.Ledger.Results().Select(r => r.Session).ToList();
        Attribution = new LiveAttribution(sessions, builder.Options.Grace, builder.Options.DefaultShop);
    }

    public CubeBuilder Builder { get; }

    public ImportSummary Summary { get; }

    /// <summary>Order lines the platform and shop filters kept.</summary>
    public IReadOnlyList<OrderLine> Lines { get; }

    public IReadOnlySet<Platform> PlatformsWithOrders { get; }

    /// <summary>LIVEs whose sales are known: a reported GMV, or orders of their platform in the inputs.</summary>
    public IReadOnlyList<LiveOutcome> Outcomes { get; }

    public LiveAttribution Attribution { get; }

    public static ModelInputs Import(CliContext context, ImportArguments arguments, ParseResult result, bool quiet)
    {
        var options = arguments.ToOptions(result);
        var builder = new CubeBuilder(arguments.ToCubeOptions(result, options, 60));
        var lines = new List<OrderLine>();
        var summary = ImportRunner.Run(
            context, context.WordsOf(result), result.GetValue(arguments.Inputs)!, options, result.GetValue(arguments.Rejects), quiet,
            line =>
            {
                var filtered = builder.LinesFiltered;
                builder.AddLine(line);
                if (builder.LinesFiltered == filtered)
                {
                    lines.Add(line);
                }
            },
            builder.AddSession, builder.AddDetail);
        return new ModelInputs(builder, summary, lines);
    }

    /// <summary>
    /// The lines the product mix reads for a shop (all shops when null): the lines sold during its
    /// LIVEs when it has any, else all its lines. Returns which it took.
    /// </summary>
    public (IReadOnlyList<MixLine> Lines, bool LiveOnly) MixLines(string? shop, Platform? platform)
    {
        var mine = Lines
            .Where(l => (shop is null || l.Shop == shop || l.Shop == Builder.Options.DefaultShop) && (platform is null || l.Platform == platform))
            .Select(l => new MixLine(l, Attribution.Attribute(l)?.Key))
            .ToList();
        var live = mine.Where(m => m.LiveKey is not null).ToList();
        return live.Count > 0 ? (live, true) : (mine, false);
    }
}
