using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>One shop's simulated day: when it was LIVE and the orders it took, oldest first.</summary>
internal sealed record SimulatedDay(ShopInfo Shop, int DayIndex, LocalDate Date, IReadOnlyList<LiveWindow> Lives, IReadOnlyList<SimulatedOrder> Orders);
