using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;
using Spectre.Console;

namespace LivePeak.Cli.Commands;

/// <summary>Runs the import stage for a command: rejects file, progress bar, warnings.</summary>
public static class ImportRunner
{
    private const long ProgressThresholdBytes = 20L << 20;

    /// <summary>Imports the inputs into a cube on the fastest exact path (see <see cref="CubeRun"/>).</summary>
    public static CubeRunResult RunCube(
        CliContext context, Words words, IReadOnlyList<string> inputs, ImportOptions options, CubeOptions cube, CubeRunOptions run, string? rejectsPath, bool quiet)
    {
        using var rejects = rejectsPath is null ? null : new RejectsCsvWriter(rejectsPath);
        var files = InputFiles.Expand(inputs);
        CubeRunResult? result = null;
        WithProgress(context, words, files, quiet, progress => result = CubeRun.Run(files, options, cube, run, rejects is null ? null : rejects.Write, progress));
        Report(context, words, result!.Summary, rejects, rejectsPath, quiet);
        return result;
    }

    /// <summary>Imports the inputs, sending order lines and LIVEs to the given actions.</summary>
    public static ImportSummary Run(
        CliContext context, Words words, IReadOnlyList<string> inputs, ImportOptions options, string? rejectsPath, bool quiet,
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
        ImportSummary? summary = null;
        WithProgress(context, words, files, quiet, progress => summary = InputImport.Run(files, options, sink, progress));
        Report(context, words, summary!, rejects, rejectsPath, quiet);
        return summary!;
    }

    /// <summary>Shows a progress bar on a terminal when the inputs take more than a moment.</summary>
    private static void WithProgress(CliContext context, Words words, IReadOnlyList<string> files, bool quiet, Action<IProgress<ImportProgress>?> work)
    {
        var bytes = files.Sum(f => new FileInfo(f).Length);
        if (quiet || bytes <= ProgressThresholdBytes || !context.Console.Profile.Capabilities.Interactive)
        {
            work(null);
            return;
        }

        context.Console.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(words["cli.progress.reading"]), maxValue: bytes);
            work(new SyncProgress<ImportProgress>(p => task.Value = p.BytesDone));
        });
    }

    private static void Report(CliContext context, Words words, ImportSummary summary, RejectsCsvWriter? rejects, string? rejectsPath, bool quiet)
    {
        foreach (var file in summary.Files)
        {
            foreach (var warning in file.Warnings)
            {
                context.Note(words, "cli.warning", ("path", file.Path), ("warning", file.Localize(warning, words.Language)));
            }
        }

        if (rejects is not null && !quiet)
        {
            context.Note(words, "cli.rejects.written", ("count", words.Numbers.Integer(rejects.Count)), ("path", rejectsPath!));
        }
    }

    /// <summary>Reports on the calling thread; Progress&lt;T&gt; would post to a thread pool.</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
