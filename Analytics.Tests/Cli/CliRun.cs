using LivePeak.Cli;

namespace LivePeak.Tests.Cli;

/// <summary>Runs the <c>livepeak</c> command in-process and captures what a user would see.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = LivePeakApp.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>A user error is one clear message, never a .NET stack trace.</summary>
    public bool HasStackTrace => Error.Contains("   at ", StringComparison.Ordinal) || Output.Contains("   at ", StringComparison.Ordinal) ||
                                 Error.Contains("Exception", StringComparison.Ordinal);
}
