using LivePeak.Analytics.Import;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The database could not be used: unreachable, too old, refusing the user or a query, or holding
/// data loaded with other settings. The message names the server (never the credentials) and the
/// exit code tells the cases apart (<see cref="ExitCodes.StoreUnreachable"/> and the next ones).
/// </summary>
public sealed class StoreException(string message, int exitCode) : UserInputException(message, exitCode);
