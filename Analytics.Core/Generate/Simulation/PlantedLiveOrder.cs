using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>One order placed through a planted LIVE: when, and which products in what quantities.</summary>
internal sealed record PlantedLiveOrder(LocalDateTime Created, IReadOnlyList<(Product Product, int Quantity)> Items);
