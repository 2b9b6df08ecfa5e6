namespace LivePeak.Analytics.Render.Localization;

/// <summary>
/// Several values shown as one argument of a <see cref="LocalText"/>, joined by a separator:
/// "'Order ID', a time column", where the last item is itself a text in the reader's language.
/// </summary>
public sealed record TextList(string Separator, IReadOnlyList<object> Items);
