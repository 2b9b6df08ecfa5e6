using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Products;

namespace LivePeak.Analytics.Scale;

/// <summary>
/// The SQL behind <see cref="ClickHouseStore.ProductSales"/>: the <see cref="ProductSales"/> a
/// product mix is fitted on, summed per product and half hour of the week, with the baskets as
/// (basket, product) pairs. Which lines count is the command line's rule for the embedded engine
/// (a shop's lines and the default shop's; only the lines sold during LIVEs where there are any),
/// decided on the stored attribution. Nothing about buyers is read.
/// </summary>
internal sealed class StoreProductSales(StoreQuery query)
{
    private const string Id = "if(product_id != '', product_id, product_name)";

    public (ProductSales Sales, bool LiveOnly) Read(BasketKind basket, string? shop, Platform? platform)
    {
        var where = query.Where;
        if (shop is not null)
        {
            where += $" AND shop IN ({SqlText.Literal(shop)}, {SqlText.Literal(query.Settings.DefaultShop)})";
        }

        if (platform is { } p)
        {
            where += $" AND platform = {SqlText.Literal(p.ToSlug())}";
        }

        var live = query.LiveKeyColumn;
        var counts = query.Query($"SELECT count(), countIf({live} != '') FROM {query.LinesTable} FINAL WHERE {where} FORMAT TabSeparated").Single();
        var liveOnly = StoreQuery.Long(counts[1]) > 0;
        var sales = new ProductSales(basket) { Lines = StoreQuery.Long(counts[liveOnly ? 1 : 0]) };
        if (liveOnly)
        {
            where += $" AND {live} != ''";
        }

        var counted = $"{where} AND {StoreQuery.Kept} AND quantity_micros > 0";
        var from = $"FROM {query.LinesTable} FINAL WHERE {counted}";
        var slot = $"(toDayOfWeek(created_date) - 1) * {new SlotLength(ProductMix.SlotMinutes).SlotsPerDay} + intDiv(created_minute, {ProductMix.SlotMinutes})";
        foreach (var v in query.Query($"SELECT {Id} AS product, {slot} AS slot, sum(revenue), uniqExact({StoreQuery.OrderKey}) {from} GROUP BY product, slot FORMAT TabSeparated"))
        {
            var slotIndex = StoreQuery.Int(v[1]);
            sales.AddGmv(v[0]!, slotIndex, new Money(StoreQuery.Long(v[2])));
            sales.AddOrders(v[0]!, slotIndex, StoreQuery.Long(v[3]));
        }

        foreach (var v in query.Query($"SELECT {Id} AS product, product_name, count() {from} GROUP BY product, product_name FORMAT TabSeparated"))
        {
            sales.AddName(v[0]!, ProductSales.NameOf(v[0]!, v[1]!), StoreQuery.Long(v[2]));
        }

        sales.Orders = query.Query($"SELECT uniqExact({StoreQuery.OrderKey}) {from} FORMAT TabSeparated").Select(v => StoreQuery.Long(v[0])).Single();

        // A basket is an order (its key as the embedded engine's, date included) or a LIVE.
        var basketSql = basket == BasketKind.Order
            ? $"SELECT DISTINCT platform, shop, order_id, toString(created_date), {Id} {from} FORMAT TabSeparated"
            : $"SELECT DISTINCT {live}, {Id} {from} AND {live} != '' FORMAT TabSeparated";
        foreach (var v in query.Query(basketSql))
        {
            sales.AddToBasket(string.Join('\u001f', v[..^1]), v[^1]!);
        }

        return (sales, liveOnly);
    }
}
