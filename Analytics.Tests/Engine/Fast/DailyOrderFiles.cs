using System.Globalization;
using System.Text;
using LivePeak.Analytics.Import;

namespace LivePeak.Tests.Engine.Fast;

/// <summary>
/// A run of daily order exports, one file per day: each day sells a different mix of products
/// (some only on some days, later days more of them, so the files differ in size), some by weight
/// (fractional quantities), with a rejected row; from day 3 product P003 takes a new name every day
/// (a run reads the newest export first, so its name is the one shown).
/// </summary>
internal static class DailyOrderFiles
{
    /// <summary>The name P003 has on <paramref name="day"/>.</summary>
    public static string NameOfP003(int day) => day >= 3 ? $"Sầu riêng Ri6 (mới, ngày {day})" : "Sản phẩm 3";

    /// <param name="outOfOrderDay">A day whose second half comes first, so the fast path declines it.</param>
    /// <returns>The files, in the order a run reads them.</returns>
    public static IReadOnlyList<string> Write(TempFolder temp, int days, int? outOfOrderDay = null)
    {
        var random = new Random(7);
        var order = 1000;
        for (var day = 0; day < days; day++)
        {
            var date = new DateOnly(2026, 6, 1).AddDays(day);
            var rows = new List<string>();
            for (var minute = 7 * 60; minute < 22 * 60; minute += random.Next(1, 9))
            {
                order++;
                for (var line = 0; line < random.Next(1, 4); line++)
                {
                    var product = random.Next(0, 40 + day * 5);
                    var name = product == 3 ? NameOfP003(day) : $"Sản phẩm {product}";
                    var quantity = product % 4 == 0 ? (random.Next(1, 20) / 2m).ToString(CultureInfo.InvariantCulture) : random.Next(1, 5).ToString(CultureInfo.InvariantCulture);
                    rows.Add(string.Create(CultureInfo.InvariantCulture, $"{order},{date:yyyy-MM-dd} {minute / 60:00}:{minute % 60:00}:00,S{order % 3},P{product:000},\"{name}\",{quantity},{random.Next(10, 900) * 1000}"));
                }
            }

            if (day == outOfOrderDay)
            {
                rows = [.. rows[(rows.Count / 2)..], .. rows[..(rows.Count / 2)]];
            }

            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{++order},{date:yyyy-MM-dd} 23:00:00,S1,P001,x,not a number,100"));
            var text = new StringBuilder("order_id,created_at,shop,product_id,product_name,quantity,amount\n");
            rows.ForEach(row => text.Append(row).Append('\n'));
            temp.Write($"orders-{date:yyyy-MM-dd}.csv", text.ToString());
        }

        return InputFiles.Expand([temp.Path]);
    }
}
