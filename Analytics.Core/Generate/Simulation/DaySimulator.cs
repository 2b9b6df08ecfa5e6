using NodaTime;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>Simulates one shop's orders on one day from that day's own random stream.</summary>
internal static class DaySimulator
{
    private const double CancelRate = 0.08;
    private const double ReturnRate = 0.03;

    private static readonly double[] LineCountWeights = [60, 25, 10, 5];
    private static readonly double[] QuantityWeights = [70, 22, 8];
    private static readonly double[] PaymentWeights = [65, 25, 10];
    private static readonly double[] CancelPartyWeights = [70, 10, 20];
    private static readonly decimal[] ShippingFees = [15_000m, 18_000m, 22_000m, 25_000m, 30_000m, 35_000m];
    private static readonly decimal[] SellerDiscountPercents = [5m, 10m, 15m];
    private static readonly decimal[] PlatformDiscounts = [3_000m, 5_000m, 10_000m];
    private static readonly string[] CreatorHandles = ["bepcuanga", "reviewdoan.vn", "an_vat_tay_bac", "meo.di.cho", "foodtour.hanoi"];
    private static readonly string[] SellerNotes = ["Khách quen, tặng kèm muối ớt", "Đã gọi xác nhận", "Giao hỏa tốc nội thành"];
    private static readonly string[] BuyerCancelReasons = ["Muốn thay đổi địa chỉ giao hàng", "Đổi ý, không muốn mua nữa", "Tìm thấy giá rẻ hơn ở chỗ khác", "Đặt trùng đơn"];
    private static readonly string[] SellerCancelReasons = ["Hết hàng", "Sản phẩm không đạt chất lượng để giao"];
    private static readonly string[] SystemCancelReasons = ["Quá hạn thanh toán", "Giao hàng thất bại"];

    public static SimulatedDay Simulate(SalesSimulation simulation, ShopInfo shop, int dayIndex, double[] productWeights)
    {
        var date = simulation.DateOf(dayIndex);
        var random = new Random(SeedMixer.Mix(simulation.Options.Seed, shop.Index, dayIndex));
        var lives = DailyRhythm.Lives(random, date.DayOfWeek);
        var expected = simulation.Options.OrdersPerDay * DailyRhythm.DayFactor(date.DayOfWeek) * random.Around1(0.25);
        var count = (int)Math.Round(expected, MidpointRounding.AwayFromZero);
        var seconds = OrderTimes(random, DailyRhythm.MinuteWeights(lives), count);

        var orders = new List<SimulatedOrder>(count);
        for (var i = 0; i < count; i++)
        {
            var created = date.At(LocalTime.FromSecondsSinceMidnight(seconds[i]));
            var live = LiveAt(lives, seconds[i] / 60);
            orders.Add(Order(random, simulation, shop, i, created, live is not null, productWeights) with { Live = live });
        }

        return new SimulatedDay(shop, dayIndex, date, lives, orders);
    }

    /// <summary>
    /// A day of a planted shop: its LIVEs and their orders come from the planted simulation; the
    /// off-LIVE orders follow the daily rhythm outside the LIVEs, so every order placed while the
    /// shop is LIVE came through the LIVE and the LIVEs' sales keep the planted effects.
    /// </summary>
    public static SimulatedDay SimulatePlanted(SalesSimulation simulation, ShopInfo shop, int dayIndex, double[] productWeights, IReadOnlyList<PlantedLivePlan> plans)
    {
        var date = simulation.DateOf(dayIndex);
        var random = new Random(SeedMixer.Mix(simulation.Options.Seed, shop.Index, dayIndex));
        var lives = plans.Select(p => p.Window).ToList();
        var expected = simulation.Options.OrdersPerDay * DailyRhythm.DayFactor(date.DayOfWeek) * random.Around1(0.25);
        var count = (int)Math.Round(expected, MidpointRounding.AwayFromZero);
        var weights = DailyRhythm.MinuteWeights([]);
        foreach (var live in lives)
        {
            Array.Fill(weights, 0, live.StartMinute, Math.Min(live.EndMinute, weights.Length) - live.StartMinute);
        }

        var placed = OrderTimes(random, weights, count).Select(s => (Created: date.At(LocalTime.FromSecondsSinceMidnight(s)), Live: (int?)null, Items: (IReadOnlyList<(Product, int)>?)null))
            .Concat(plans.SelectMany((p, n) => p.Orders.Select(o => (o.Created, Live: (int?)n, Items: (IReadOnlyList<(Product, int)>?)o.Items))))
            .OrderBy(o => o.Created)
            .ToList();
        var orders = placed.Select((o, i) => Order(random, simulation, shop, i, o.Created, o.Live is not null, productWeights, o.Items) with { Live = o.Live }).ToList();
        return new SimulatedDay(shop, dayIndex, date, lives, orders);
    }

    /// <summary>The index of the day's LIVE on air at that minute, if any.</summary>
    private static int? LiveAt(IReadOnlyList<LiveWindow> lives, int minuteOfDay)
    {
        for (var i = 0; i < lives.Count; i++)
        {
            if (lives[i].Contains(minuteOfDay))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Seconds after midnight of each order, drawn from the minute weights, sorted.</summary>
    private static int[] OrderTimes(Random random, double[] minuteWeights, int count)
    {
        var cumulative = new double[minuteWeights.Length];
        var total = 0.0;
        for (var m = 0; m < minuteWeights.Length; m++)
        {
            total += minuteWeights[m];
            cumulative[m] = total;
        }

        var seconds = new int[count];
        for (var i = 0; i < count; i++)
        {
            var x = random.NextDouble() * total;
            var minute = Array.BinarySearch(cumulative, x);
            minute = minute >= 0 ? Math.Min(minute + 1, cumulative.Length - 1) : ~minute;
            seconds[i] = minute * 60 + random.Next(60);
        }

        Array.Sort(seconds);
        return seconds;
    }

    /// <param name="liveItems">For an order placed through a planted LIVE: its products and quantities
    /// (channel <c>LIVE</c>); otherwise the order's channel and lines are drawn.</param>
    private static SimulatedOrder Order(
        Random random, SalesSimulation simulation, ShopInfo shop, int sequence, LocalDateTime created, bool isLive, double[] productWeights,
        IReadOnlyList<(Product Product, int Quantity)>? liveItems = null)
    {
        var channel = liveItems is not null ? "LIVE"
            : isLive ? (random.PickWeighted([85, 10, 5]) switch { 0 => "LIVE", 1 => "Videos", _ => "Product cards" })
            : (random.Chance(0.55) ? "Videos" : "Product cards");
        var creator = channel == "Videos" && random.Chance(0.3) ? random.Pick(CreatorHandles) : string.Empty;
        var lines = liveItems is null ? Lines(random, productWeights) : liveItems.Select((item, i) => Line(random, i + 1, item.Product, item.Quantity)).ToList();
        var buyer = FakeBuyers.Next(random);
        var payment = (PaymentKind)random.PickWeighted(PaymentWeights);
        var shippingFee = random.Pick(ShippingFees);
        var shippingPlatform = random.Chance(0.4) ? Math.Min(shippingFee, 15_000m) : 0m;
        var shippingSeller = random.Chance(0.15) ? Math.Min(shippingFee - shippingPlatform, 10_000m) : 0m;
        var carrier = random.Next(4);
        var tracking = random.NextInt64(10_000_000_000L, 100_000_000_000L);
        var note = random.Chance(0.05) ? random.Pick(SellerNotes) : string.Empty;
        var paid = created.PlusSeconds(payment == PaymentKind.CashOnDelivery ? random.Next(31) : 10 + random.Next(290));

        // Every draw is made whatever the outcome, so one order's fate does not shift the next order's draws.
        var cancels = random.Chance(CancelRate);
        var cancelAt = created.PlusMinutes(3 + random.Next(1200));
        var party = (CancelParty)random.PickWeighted(CancelPartyWeights);
        var reasonDraw = random.Next(1000);
        var readyAt = created.PlusMinutes(60 + random.Next(1140));
        var shippedAt = readyAt.PlusMinutes(60 + random.Next(540));
        var deliveredAt = shippedAt.PlusMinutes(1440 + random.Next(4320));
        var returns = random.Chance(ReturnRate);
        var returnedLine = random.Next(lines.Count);
        var exported = simulation.ExportedAt;

        var order = new SimulatedOrder
        {
            Shop = shop,
            SequenceInDay = sequence,
            Created = created,
            Channel = channel,
            CreatorHandle = creator,
            Lines = lines,
            Buyer = buyer,
            Payment = payment,
            ShippingFee = shippingFee,
            ShippingSellerDiscount = shippingSeller,
            ShippingPlatformDiscount = shippingPlatform,
            Carrier = carrier,
            TrackingNumber = tracking,
            SellerNote = note,
            Paid = paid,
            Progress = OrderProgress.AwaitingShipment,
        };

        if (cancels && cancelAt <= exported)
        {
            var reasons = party switch
            {
                CancelParty.Buyer => BuyerCancelReasons,
                CancelParty.Seller => SellerCancelReasons,
                _ => SystemCancelReasons,
            };
            return order with
            {
                Progress = OrderProgress.Cancelled,
                Cancelled = cancelAt,
                CancelledBy = party,
                CancelReason = reasons[reasonDraw % reasons.Length],
            };
        }

        var progress = deliveredAt <= exported ? OrderProgress.Delivered
            : shippedAt <= exported ? OrderProgress.Shipping
            : OrderProgress.AwaitingShipment;
        // A return needs the goods delivered and two days for the buyer to ask and be refunded.
        if (returns && deliveredAt.PlusDays(2) <= exported)
        {
            lines = lines.Select(l => l.Number == returnedLine + 1 ? l with { Returned = true } : l).ToList();
        }

        return order with
        {
            Lines = lines,
            Progress = progress,
            ReadyToShip = readyAt <= exported ? readyAt : null,
            Shipped = progress != OrderProgress.AwaitingShipment ? shippedAt : null,
            Delivered = progress == OrderProgress.Delivered ? deliveredAt : null,
        };
    }

    private static List<SimulatedLine> Lines(Random random, double[] productWeights)
    {
        var count = random.PickWeighted(LineCountWeights) + 1;
        var weights = (double[])productWeights.Clone();
        var lines = new List<SimulatedLine>(count);
        for (var n = 1; n <= count; n++)
        {
            var index = random.PickWeighted(weights);
            // No product twice in one order: a buyer raises the quantity instead.
            weights[index] = 0;
            var product = ProductCatalogue.All[index];
            var quantity = random.PickWeighted(QuantityWeights) + 1;
            lines.Add(Line(random, n, product, quantity));
        }

        return lines;
    }

    private static SimulatedLine Line(Random random, int number, Product product, int quantity)
    {
        var sellerDiscount = random.Chance(0.18)
            ? RoundDownToThousand(product.Price * random.Pick(SellerDiscountPercents) / 100m)
            : 0m;
        var platformDiscount = random.Chance(0.10)
            ? Math.Min(random.Pick(PlatformDiscounts), RoundDownToThousand(product.Price / 4m))
            : 0m;
        return new SimulatedLine(number, product, quantity, sellerDiscount, platformDiscount, Returned: false);
    }

    private static decimal RoundDownToThousand(decimal amount) => decimal.Floor(amount / 1000m) * 1000m;
}
