namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>How far an order got by the time the export was taken.</summary>
internal enum OrderProgress
{
    /// <summary>Placed, not yet handed to the carrier.</summary>
    AwaitingShipment,
    /// <summary>With the carrier.</summary>
    Shipping,
    Delivered,
    Cancelled,
}
