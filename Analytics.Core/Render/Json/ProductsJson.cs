using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Models.Products;

namespace LivePeak.Analytics.Render.Json;

/// <summary>
/// The <c>products --json</c> document. Fields are only ever added.
/// <code>{"window":{"day","start","end"}|null,"from":"live"|"all","basket":"order"|"live","baskets","minSupport",
///  "products":[{"id","name","gmv","orders","share","overallShare","lift"}],
///  "bundles":[{"if":[names],"then":[names],"support","confidence","lift","count","ifIds","thenIds"}]}</code>
/// </summary>
public static class ProductsJson
{
    public static void Write(Stream output, ProductMix mix, Window? window, bool fromLive, IReadOnlyList<ProductShare> products, int bundles)
    {
        using var w = new Utf8JsonWriter(output, ModelJson.Options);
        w.WriteStartObject();
        if (window is { } chosen)
        {
            w.WriteStartObject("window");
            w.WriteWindow(chosen);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("window");
        }

        w.WriteString("from", fromLive ? "live" : "all");
        w.WriteString("basket", mix.Options.Basket == BasketKind.Live ? "live" : "order");
        w.WriteNumber("baskets", mix.Baskets);
        w.WriteNumber("minSupport", mix.Options.MinSupport);
        w.WriteStartArray("products");
        foreach (var product in products)
        {
            w.WriteProduct(product);
        }

        w.WriteEndArray();
        w.WriteStartArray("bundles");
        foreach (var rule in mix.Bundles.Take(bundles))
        {
            w.WriteBundle(rule, mix.Names);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }
}
