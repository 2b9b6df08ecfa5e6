namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>How the buyer paid; each platform words these differently.</summary>
internal enum PaymentKind
{
    CashOnDelivery,
    EWallet,
    Card,
}
