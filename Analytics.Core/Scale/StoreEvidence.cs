using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine.Evidence;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The SQL behind <see cref="ClickHouseStore.Evidence"/>: what <see cref="EvidenceBuilder"/> gathers
/// from files, for all shops and for each shop: the cube and ledger (<see cref="StoreQuery"/>, one
/// shop at a time with every kept shop's LIVEs in view, as the builder attributes), sales per
/// calendar date and slot of the day, and sales per product and slot of the week. LIVE detail
/// exports are not stored, so there are no per-LIVE product results or trends.
/// </summary>
internal sealed class StoreEvidence(StoreQuery query)
{
    public EvidenceBuilder Read()
    {
        var length = query.Options.SlotLength;
        var sessions = query.Sessions();
        var all = new ShopEvidence(null, query.Cube(), sessions.Ledger);
        var names = query.Query($"SELECT DISTINCT shop FROM {query.LinesTable} FINAL WHERE {query.Where} FORMAT TabSeparated")
            .Concat(query.Query($"SELECT DISTINCT shop FROM {query.SessionsTable} FINAL WHERE {query.InCubeColumn} = 1 AND ({query.Where}) FORMAT TabSeparated"))
            .Select(v => v[0]!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var shops = names.ToDictionary(
            name => name,
            name =>
            {
                var one = query.ForShop(name);
                return new ShopEvidence(name, one.Cube(), one.Sessions().Ledger);
            },
            StringComparer.Ordinal);

        // Days: every date with a line (cancelled included), its GMV and orders slot by slot.
        var daily =
            $"SELECT shop, toString(created_date), intDiv(created_minute, {length.Minutes}) AS slot, " +
            $"sumIf(revenue, {StoreQuery.Kept}), uniqExactIf({StoreQuery.OrderKey}, {StoreQuery.Kept} AND quantity_micros > 0) " +
            $"FROM {query.LinesTable} FINAL WHERE {query.Where} GROUP BY shop, created_date, slot FORMAT TabSeparated";
        foreach (var v in query.Query(daily))
        {
            var date = StoreTime.ParseDate(v[1]!);
            var slot = StoreQuery.Int(v[2]);
            var gmv = new Money(StoreQuery.Long(v[3]));
            var orders = StoreQuery.Long(v[4]);
            all.Daily.AddTotals(date, slot, gmv, orders);
            shops[v[0]!].Daily.AddTotals(date, slot, gmv, orders);
        }

        // Products: each id and name's non-cancelled lines per slot; the products are told apart by
        // name client-side, as the builder does, so no text rule is redone in SQL.
        var products =
            $"SELECT shop, product_id, product_name, (toDayOfWeek(created_date) - 1) * {length.SlotsPerDay} + intDiv(created_minute, {length.Minutes}) AS slot, " +
            $"sum(revenue), sum(quantity_micros), count() " +
            $"FROM {query.LinesTable} FINAL WHERE {query.Where} AND {StoreQuery.Kept} GROUP BY shop, product_id, product_name, slot FORMAT TabSeparated";
        foreach (var v in query.Query(products))
        {
            var slot = StoreQuery.Int(v[3]);
            var gmv = new Money(StoreQuery.Long(v[4]));
            var items = LineRow.Normalize(StoreQuery.Long(v[5]) / (decimal)LineRow.QuantityScale);
            var lines = StoreQuery.Long(v[6]);
            all.Products.Add(v[1]!, v[2], slot, gmv, items, lines);
            shops[v[0]!].Products.Add(v[1]!, v[2], slot, gmv, items, lines);
        }

        return new EvidenceBuilder(query.Options, all, shops.Values, sessions.LiveChannelLinesWithoutLive);
    }
}
