using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Import;

/// <summary>
/// A problem with the user's input or options, reported as a message and an exit code, never as
/// a stack trace. Everything else that escapes is a bug. A message given as a <see cref="LocalText"/>
/// is written in the user's language (<see cref="MessageIn"/>); <see cref="Exception.Message"/>
/// is always its English text.
/// </summary>
public class UserInputException : Exception
{
    /// <summary>A message in English only, such as one that quotes a database server's own words.</summary>
    public UserInputException(string message, int exitCode)
        : base(message) => ExitCode = exitCode;

    public UserInputException(LocalText text, int exitCode)
        : base(text.ToString())
    {
        Text = text;
        ExitCode = exitCode;
    }

    public int ExitCode { get; }

    /// <summary>The message by key in the string tables; null for a message in English only.</summary>
    public LocalText? Text { get; }

    /// <summary>The message in the given language, or in English where it has no other.</summary>
    public string MessageIn(Language language) => Text?.In(language) ?? Message;
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
public sealed class UnrecognisedFileException(LocalText text) : UserInputException(text, ExitCodes.UnrecognisedFile);
