using LivePeak.Analytics.Engine;

namespace LivePeak.Tests.Scale;

/// <summary>Every difference between two cubes or ledgers, field by field, as readable lines.</summary>
internal static class CubeComparison
{
    public static List<string> Differences(SlotCube expected, SlotCube actual)
    {
        var differences = new List<string>();
        void Check<T>(string what, T want, T got)
        {
            if (!EqualityComparer<T>.Default.Equals(want, got))
            {
                differences.Add($"{what}: embedded {want}, store {got}");
            }
        }

        Check("slot minutes", expected.Length, actual.Length);
        Check("zone", expected.TimeZoneId, actual.TimeZoneId);
        Check("lines", expected.Lines, actual.Lines);
        Check("sessions", expected.SessionCount, actual.SessionCount);
        Check("first date", expected.FirstDate, actual.FirstDate);
        Check("last date", expected.LastDate, actual.LastDate);
        for (var i = 0; i < expected.Length.SlotsPerWeek; i++)
        {
            var (e, a) = (expected.Stats(i), actual.Stats(i));
            var slot = e.Slot.ToString();
            Check($"{slot} orders", e.Orders, a.Orders);
            Check($"{slot} items", e.Items, a.Items);
            Check($"{slot} gmv", e.Gmv, a.Gmv);
            Check($"{slot} cancelledGmv", e.CancelledGmv, a.CancelledGmv);
            Check($"{slot} firstDate", e.FirstDate, a.FirstDate);
            Check($"{slot} lastDate", e.LastDate, a.LastDate);
            Check($"{slot} sessions", e.Sessions, a.Sessions);
            Check($"{slot} liveMinutes", e.LiveMinutes, a.LiveMinutes);
            Check($"{slot} viewers", e.Viewers, a.Viewers);
            Check($"{slot} liveOrders", e.LiveOrders, a.LiveOrders);
            Check($"{slot} liveGmv", e.LiveGmv, a.LiveGmv);
            Check($"{slot} offLiveOrders", e.OffLiveOrders, a.OffLiveOrders);
            Check($"{slot} offLiveGmv", e.OffLiveGmv, a.OffLiveGmv);
            Check($"{slot} record", e, a);
        }

        return differences;
    }

    public static List<string> Differences(SessionLedger expected, SessionLedger actual)
    {
        var differences = new List<string>();
        var want = expected.Results();
        var got = actual.Results();
        if (want.Count != got.Count)
        {
            differences.Add($"LIVEs: embedded {want.Count}, store {got.Count}");
        }

        foreach (var (e, a) in want.Zip(got))
        {
            if (e != a)
            {
                differences.Add($"LIVE {e.Session.Key.Replace('\u001f', '|')}: embedded ({e.AttributedOrders}, {e.AttributedGmv}, {e.AttributedLines}), " +
                                $"store {a.Session.Key.Replace('\u001f', '|')} ({a.AttributedOrders}, {a.AttributedGmv}, {a.AttributedLines})" +
                                (e.Session == a.Session ? string.Empty : " (the sessions differ)"));
            }
        }

        return differences;
    }
}
