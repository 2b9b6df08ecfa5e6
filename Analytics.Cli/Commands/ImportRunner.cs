using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary>Runs the import stage for a command: rejects file, progress bar, warnings.</summary>
public static class ImportRunner
{
    private const long ProgressThresholdBytes = 20L << 20;

    /// <summary>Imports the inputs into a cube builder: LIVEs first, then order lines.</summary>
    public static ImportSummary Run(CliContext context, IReadOnlyList<string> inputs, ImportOptions options, string? rejectsPath, bool quiet, CubeBuilder builder) =>
        Run(context, inputs, options, rejectsPath, quiet, builder.AddLine, builder.AddSession, builder.AddDetail);

    public static ImportSummary Run(
        CliContext context, IReadOnlyList<string> inputs, ImportOptions options, string? rejectsPath, bool quiet,
        Action<OrderLine> accept, Action<LiveSession>? session = null, Action<LiveDetail>? detail = null)
    {
        using var rejects = rejectsPath is null ? null : new RejectsCsvWriter(rejectsPath);
        var sink = new ImportSink
        {
            OnOrderLine = accept,
            OnSession = session ?? (_ => { }),
            OnLiveDetail = detail ?? (_ => { }),
            OnReject = rejects is null ? null : rejects.Write,
        };
        var files = InputFiles.Expand(inputs);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        ImportSummary summary;
        if (!quiet && bytes > ProgressThresholdBytes && context.Console.Profile.Capabilities.Interactive)
        {
            summary = null!;
            context.Console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask("Reading inputs", maxValue: bytes);
                var progress = new SyncProgress<ImportProgress>(p => task.Value = p.BytesDone);
                summary = InputImport.Run(files, options, sink, progress);
            });
        }
        else
        {
            summary = InputImport.Run(files, options, sink);
        }

        foreach (var file in summary.Files)
        {
            foreach (var warning in file.Warnings)
            {
                context.Error.WriteLine($"livepeak: warning: {file.Path}: {warning}");
            }
        }

        if (rejects is not null && !quiet)
        {
            context.Error.WriteLine($"livepeak: {rejects.Count} rejected rows written to {rejectsPath}");
        }

        return summary;
    }

    /// <summary>Reports on the calling thread; Progress&lt;T&gt; would post to a thread pool.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
