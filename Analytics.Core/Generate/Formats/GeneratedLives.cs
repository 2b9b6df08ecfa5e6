using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Generate.Simulation;

namespace LivePeak.Analytics.Generate.Formats;

/// <summary>Builds <see cref="GeneratedLive"/>s: each simulated LIVE with its orders named as one platform's log names them.</summary>
internal static class GeneratedLives
{
    public static IEnumerable<GeneratedLive> Of(SalesSimulation simulation, Platform platform)
    {
        if (platform == Platform.Other)
        {
            yield break;
        }

        var salt = OrderIds.Salt(simulation.Options.Seed);
        foreach (var shop in simulation.Shops)
        {
            // POS invoices count up through the period, as GenericPosExport numbers them.
            var invoicesBefore = 0L;
            for (var d = 0; d < simulation.DayCount; d++)
            {
                var day = simulation.Day(shop, d);
                string IdOf(SimulatedOrder order) => platform switch
                {
                    Platform.TikTok => OrderIds.TikTok(shop.Index, order.SequenceInDay, order.Created, salt),
                    Platform.Shopee => OrderIds.Shopee(shop.Index, order.SequenceInDay, order.Created.Date, salt),
                    _ => OrderIds.Invoice(invoicesBefore + order.SequenceInDay + 1),
                };

                foreach (var live in LiveSimulator.Of(simulation, day))
                {
                    yield return new GeneratedLive(
                        platform, shop.Name, simulation.InZone(live.Start), simulation.InZone(live.End),
                        live.Orders.Select(IdOf).ToList(), live.OrdersDuring.Select(IdOf).ToList(), Money.FromDecimal(live.Gmv));
                }

                invoicesBefore += day.Orders.Count;
            }
        }
    }
}
