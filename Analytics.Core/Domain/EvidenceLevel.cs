namespace LivePeak.Analytics.Domain;

/// <summary>How much the data behind a claim can bear, in words a seller understands.</summary>
public enum EvidenceLevel
{
    /// <summary>One observation or none: shown, never recommended.</summary>
    TooLittle = 0,

    Weak = 1,

    Moderate = 2,

    Strong = 3,
}
