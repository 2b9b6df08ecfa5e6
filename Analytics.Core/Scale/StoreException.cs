using LivePeak.Analytics.Import;
using LivePeak.Analytics.Render.Localization;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The database could not be used: unreachable, too old, refusing the user or a query, or holding
/// data loaded with other settings. The message names the server (never the credentials) and the
/// exit code tells the cases apart (<see cref="ExitCodes.StoreUnreachable"/> and the next ones).
/// Messages that quote the server's own words stay in English.
/// </summary>
public sealed class StoreException : UserInputException
{
    public StoreException(string message, int exitCode)
        : base(message, exitCode)
    {
    }

    public StoreException(LocalText text, int exitCode)
        : base(text, exitCode)
    {
    }
}
