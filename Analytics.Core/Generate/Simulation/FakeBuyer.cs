namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// Invented buyer data for the columns real exports carry (names, usernames, phones, addresses).
/// None of it is real: the names are common name parts combined at random and phones are
/// masked the way platforms mask them. It exists to prove the importer never reads it.
/// </summary>
internal sealed record FakeBuyer(
    string Username,
    string FullName,
    string Phone,
    string Province,
    string District,
    string Commune,
    string DetailAddress,
    string AdditionalAddress,
    string Message)
{
    public string FullAddress => $"{DetailAddress}, {Commune}, {District}, {Province}";
}
