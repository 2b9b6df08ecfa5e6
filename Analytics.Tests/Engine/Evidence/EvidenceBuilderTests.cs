using LivePeak.Analytics.Engine;
using LivePeak.Analytics.Import;
using LivePeak.Tests.Render;

namespace LivePeak.Tests.Engine.Evidence;

/// <summary>The evidence behind charts agrees with the cube of <c>livepeak slots</c>, shop by shop and day by day.</summary>
public sealed class EvidenceBuilderTests
{
    [Test]
    public void All_shops_is_the_slots_cube_and_the_shops_add_up_to_it()
    {
        var evidence = ChartInputs.Pos();
        var plain = new CubeBuilder(new CubeOptions());
        InputImport.Run(ChartInputs.PosFiles, ChartInputs.PosOptions, new ImportSink { OnOrderLine = plain.AddLine });

        Assert.That(evidence.Shops.Select(s => s.Shop), Is.EqualTo(new[] { "Nông sản Tây Bắc", "Đặc sản Đà Lạt Xanh" }.Order(StringComparer.Ordinal)));
        for (var i = 0; i < plain.Cube.Length.SlotsPerWeek; i++)
        {
            var expected = plain.Cube.Stats(i);
            Assert.That(evidence.All.Cube.Stats(i), Is.EqualTo(expected), "the same cube as livepeak slots");
            Assert.That(evidence.Shops.Sum(s => s.Cube.Stats(i).Gmv.TenThousandths), Is.EqualTo(expected.Gmv.TenThousandths));
            Assert.That(evidence.Shops.Sum(s => s.Cube.Stats(i).Orders), Is.EqualTo(expected.Orders));
        }
    }

    [Test]
    public void Daily_totals_and_product_totals_sum_to_the_week_cube()
    {
        var all = ChartInputs.Pos().All;
        var length = all.Cube.Length;

        for (var slot = 0; slot < length.SlotsPerWeek; slot++)
        {
            var s = length.SlotAt(slot);
            var fromDays = all.Daily.Dates().Where(d => d.DayOfWeek == s.Day).Sum(d => all.Daily.Gmv(d, s.StartMinute / length.Minutes).TenThousandths);
            Assert.That(fromDays, Is.EqualTo(all.Cube.Stats(slot).Gmv.TenThousandths), s.ToString());
            Assert.That(all.Products.All().Sum(p => p.Gmv[slot].TenThousandths), Is.EqualTo(all.Cube.Stats(slot).Gmv.TenThousandths), s.ToString());
        }
    }

    [Test]
    public void A_detail_export_brings_its_LIVE_and_its_trend()
    {
        var evidence = ChartInputs.Pos(withTrend: true);

        Assert.That(evidence.All.Details, Has.Count.EqualTo(1));
        Assert.That(evidence.All.Details[0].Trend, Has.Count.EqualTo(24));
        Assert.That(evidence.All.Sessions, Has.Count.EqualTo(1), "the trend stands in for the LIVE no list reported");
        Assert.That(evidence.All.Sessions[0].Session.StartLocal, Is.EqualTo(new NodaTime.LocalDateTime(2026, 6, 6, 20, 0)));
    }
}
