using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Engine;
using NodaTime;

namespace LivePeak.Tests.Engine;

/// <summary>
/// The cube against a naive LINQ oracle (<see cref="SlotCubeOracle"/>), on many seeded random
/// inputs, for every slot length; and partial cubes merged in any split and order against one pass.
/// </summary>
[TestFixture]
public sealed class SlotCubeTests
{
    private const string ZoneId = "Asia/Ho_Chi_Minh";
    private const int Seeds = 150;
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    private static IEnumerable<TestCaseData> Lengths() =>
        SlotLength.Allowed.Select(m => new TestCaseData(m).SetName($"{{m}}({m}-minute slots)"));

    [TestCase(Platform.TikTok, "S1", "1001", 2026, TestName = "Order identity: a plain order")]
    [TestCase(Platform.Shopee, "Cửa hàng Tây Bắc", "2405301234ABCD", 2025, TestName = "Order identity: Vietnamese text")]
    [TestCase(Platform.Other, "", "", 1, TestName = "Order identity: empty shop and id, year 1 written with four digits")]
    [TestCase(Platform.Facebook, "x", "very long", 2026, 300, TestName = "Order identity: a key longer than the stack buffer")]
    public void The_order_identity_is_the_hash_of_the_order_key_text(Platform platform, string shop, string orderId, int year, int repeat = 1)
    {
        var line = new OrderLine(platform, string.Concat(Enumerable.Repeat(shop, repeat)), string.Concat(Enumerable.Repeat(orderId, repeat)), "L", "P", "P", 1, Money.Zero,
            new LocalDateTime(year, 3, 9, 23, 59).InZoneLeniently(Zone), OrderStatus.Completed, null);

        Assert.That(SlotCube.OrderIdentity(line), Is.EqualTo(IdentityHash.Of(SlotCube.OrderKey(line))));
    }

    [TestCaseSource(nameof(Lengths))]
    public void One_pass_equals_the_naive_oracle(int minutes)
    {
        var length = new SlotLength(minutes);
        for (var seed = 0; seed < Seeds; seed++)
        {
            var lines = SlotCubeOracle.RandomLines(new Random(seed), Zone);

            var cube = SlotCube.Build(lines, length, ZoneId);

            Assert.That(cube.AllSlots(), Is.EqualTo(SlotCubeOracle.Expected(lines, length)), $"seed {seed}");
            Assert.That((cube.Lines, cube.FirstDate, cube.LastDate), Is.EqualTo(
                ((long)lines.Count, lines.Count == 0 ? null : (LocalDate?)lines.Min(l => l.CreatedLocal.Date),
                    lines.Count == 0 ? null : (LocalDate?)lines.Max(l => l.CreatedLocal.Date))), $"seed {seed}");
        }
    }

    [TestCaseSource(nameof(Lengths))]
    public void Partial_cubes_merged_in_any_order_equal_one_pass_and_the_oracle(int minutes)
    {
        var length = new SlotLength(minutes);
        for (var seed = 0; seed < Seeds; seed++)
        {
            var random = new Random(seed);
            var lines = SlotCubeOracle.RandomLines(random, Zone);
            var onePass = SlotCube.Build(lines, length, ZoneId);
            var oracle = SlotCubeOracle.Expected(lines, length);
            for (var k = 1; k <= 5; k++)
            {
                // Each line goes to a random partial, so one order's lines may land in different partials.
                var parts = Enumerable.Range(0, k).Select(_ => new List<OrderLine>()).ToList();
                foreach (var line in lines)
                {
                    parts[random.Next(k)].Add(line);
                }

                var partials = parts.Select(p => SlotCube.Build(p, length, ZoneId)).OrderBy(_ => random.Next()).ToList();
                var merged = random.Next(2) == 0 ? new SlotCube(length, ZoneId) : partials[0];
                foreach (var partial in partials.Where(p => !ReferenceEquals(p, merged)))
                {
                    merged.Merge(partial);
                }

                var context = $"seed {seed}, {k} partials";
                Assert.That(merged.AllSlots(), Is.EqualTo(onePass.AllSlots()), context);
                Assert.That(merged.AllSlots(), Is.EqualTo(oracle), context);
                Assert.That((merged.Lines, merged.FirstDate, merged.LastDate), Is.EqualTo((onePass.Lines, onePass.FirstDate, onePass.LastDate)), context);
            }
        }
    }

    [Test]
    public void Merge_refuses_a_cube_of_another_slot_length_and_leaves_the_target_unchanged()
    {
        var lines = SlotCubeOracle.RandomLines(new Random(7), Zone);
        var cube = SlotCube.Build(lines, SlotLength.Hour, ZoneId);
        var before = cube.AllSlots().ToList();

        Assert.That(() => cube.Merge(SlotCube.Build(lines, new SlotLength(30), ZoneId)), Throws.InvalidOperationException);
        Assert.That((cube.AllSlots(), cube.Lines), Is.EqualTo((before, (long)lines.Count)));
    }

    [Test]
    public void Merge_refuses_a_cube_of_another_zone_and_leaves_the_target_unchanged()
    {
        var lines = SlotCubeOracle.RandomLines(new Random(8), Zone);
        var cube = SlotCube.Build(lines, SlotLength.Hour, ZoneId);
        var before = cube.AllSlots().ToList();

        Assert.That(() => cube.Merge(SlotCube.Build(lines, SlotLength.Hour, "Asia/Bangkok")), Throws.InvalidOperationException);
        Assert.That((cube.AllSlots(), cube.Lines), Is.EqualTo((before, (long)lines.Count)));
    }

    [Test]
    public void A_small_cube_worked_out_by_hand()
    {
        static OrderLine L(Platform platform, string order, decimal quantity, decimal revenue, int day, int hour, int minute, OrderStatus status) =>
            new(platform, "default", order, order + "-" + hour.ToString(System.Globalization.CultureInfo.InvariantCulture), "P", "P", quantity,
                Money.FromDecimal(revenue), new LocalDateTime(2026, 6, day, hour, minute).InZoneStrictly(Zone), status, null);

        // 2026-06-06 is a Saturday and 2026-06-13 the next one.
        var cube = SlotCube.Build(
        [
            L(Platform.TikTok, "A", 2, 200_000, 6, 20, 5, OrderStatus.Completed),
            L(Platform.TikTok, "A", 1, 50_000, 6, 20, 40, OrderStatus.Completed),   // same order, same slot: one order
            L(Platform.Shopee, "A", 1, 80_000, 13, 20, 59, OrderStatus.Pending),    // same id on another platform: another order
            L(Platform.TikTok, "B", 3, 300_000, 13, 20, 30, OrderStatus.Cancelled), // cancelled: only cancelled GMV
            L(Platform.TikTok, "C", -1, -50_000, 13, 20, 10, OrderStatus.Returned), // a negative line nets out, is no order
            L(Platform.TikTok, "D", 1, 99_000, 13, 21, 0, OrderStatus.Completed),   // 21:00 is the next slot
        ], SlotLength.Hour, ZoneId);

        var saturday20 = cube[new Slot(IsoDayOfWeek.Saturday, 20 * 60, SlotLength.Hour)];
        var saturday21 = cube[new Slot(IsoDayOfWeek.Saturday, 21 * 60, SlotLength.Hour)];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(saturday20.Orders, Is.EqualTo(2));
            Assert.That(saturday20.Items, Is.EqualTo(3m), "2 + 1 + 1 - 1");
            Assert.That(saturday20.Gmv, Is.EqualTo(Money.FromDecimal(280_000m)), "200,000 + 50,000 + 80,000 - 50,000");
            Assert.That(saturday20.CancelledGmv, Is.EqualTo(Money.FromDecimal(300_000m)));
            Assert.That((saturday20.FirstDate, saturday20.LastDate), Is.EqualTo(((LocalDate?)new LocalDate(2026, 6, 6), (LocalDate?)new LocalDate(2026, 6, 13))));
            Assert.That((saturday21.Orders, saturday21.Items, saturday21.Gmv), Is.EqualTo((1L, 1m, Money.FromDecimal(99_000m))));
            Assert.That(cube.AllSlots().Count(s => s.FirstDate is not null), Is.EqualTo(2), "every other slot is empty");
        }
    }
}
