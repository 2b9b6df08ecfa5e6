namespace LivePeak.Analytics.Import;

/// <summary>
/// A problem with the user's input or options, reported as a message and an exit code, never as
/// a stack trace. Everything else that escapes is a bug.
/// </summary>
public class UserInputException(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>Exit codes shared by every command, so scripts can tell failures apart.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int UnrecognisedFile = 2;
    public const int InputNotFound = 3;
    public const int BadOption = 4;
    public const int NoData = 5;
    public const int BrokenFile = 6;

    // 10-19: a database the data is stored in (livepeak load, --engine clickhouse).
    public const int StoreUnreachable = 10;
    public const int StoreTooOld = 11;
    public const int StoreRefused = 12;
    public const int StoreMismatch = 13;
}

/// <summary>A file whose headers match no known layout (and no <c>--map</c>).</summary>
public sealed class UnrecognisedFileException(string message) : UserInputException(message, ExitCodes.UnrecognisedFile);
