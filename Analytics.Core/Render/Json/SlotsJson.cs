using System.Text.Json;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using NodaTime.Text;

namespace LivePeak.Analytics.Render.Json;

/// <summary>
/// The <c>slots --json</c> document. Its shape is a public contract: fields are only ever added.
/// <code>{"inputs":[{"path","kind","rowsRead","rowsAccepted","rowsRejected","rowsDuplicate"}],
///  "timeZone","slotMinutes","slots":[{"day","start","orders","items","gmv","cancelledGmv",
///  "sessions","liveMinutes","liveGmv","liveOrders","offLiveGmv","offLiveOrders","viewers",
///  "gmvPerLiveHour","ordersPerLiveHour","ordersPer1000Viewers"}]}</code>
/// Rates are null where the slot has no LIVE minutes (or no viewers): absent, not zero.
/// </summary>
public static class SlotsJson
{
    private static readonly LocalTimePattern StartPattern = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static void Write(Stream output, ImportSummary summary, SlotCube cube)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        InputsJson.Write(writer, summary);
        writer.WriteString("timeZone", cube.TimeZoneId);
        writer.WriteNumber("slotMinutes", cube.Length.Minutes);
        writer.WriteStartArray("slots");
        foreach (var stats in cube.AllSlots())
        {
            writer.WriteStartObject();
            writer.WriteString("day", DayNames.Short(stats.Slot.Day));
            writer.WriteString("start", StartPattern.Format(stats.Slot.Start));
            writer.WriteNumber("orders", stats.Orders);
            writer.WriteExact("items", stats.Items);
            writer.WriteMoney("gmv", stats.Gmv);
            writer.WriteMoney("cancelledGmv", stats.CancelledGmv);
            writer.WriteNumber("sessions", stats.Sessions);
            writer.WriteExact("liveMinutes", stats.LiveMinutes);
            writer.WriteMoney("liveGmv", stats.LiveGmv);
            writer.WriteNumber("liveOrders", stats.LiveOrders);
            writer.WriteMoney("offLiveGmv", stats.OffLiveGmv);
            writer.WriteNumber("offLiveOrders", stats.OffLiveOrders);
            writer.WriteExact("viewers", decimal.Round(stats.Viewers, 2));
            writer.WriteNullableRate("gmvPerLiveHour", stats.GmvPerLiveHour);
            writer.WriteNullableRate("ordersPerLiveHour", stats.OrdersPerLiveHour);
            writer.WriteNullableRate("ordersPer1000Viewers", stats.OrdersPerThousandViewers);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }
}
