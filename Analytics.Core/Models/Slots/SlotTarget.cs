namespace LivePeak.Analytics.Models.Slots;

/// <summary>What the slot model predicts per live hour (its label, in ML.NET's words).</summary>
public enum SlotTarget
{
    Gmv = 0,
    Orders = 1,
}
