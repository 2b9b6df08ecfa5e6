namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>
/// What a small Vietnamese farm-produce seller lists: fruit in season (the default range is
/// durian season), Tây Bắc smoked meats and spices, Đà Lạt produce, coffee. Names include a
/// comma and double quotes on purpose, as real listings do, so writers must quote correctly.
/// </summary>
internal static class ProductCatalogue
{
    private const string Fruit = "Thực phẩm & Đồ uống/Trái cây tươi";
    private const string Vegetables = "Thực phẩm & Đồ uống/Rau củ";
    private const string Meat = "Thực phẩm & Đồ uống/Thịt khô & Đặc sản";
    private const string Dessert = "Thực phẩm & Đồ uống/Đồ ngọt";
    private const string Coffee = "Thực phẩm & Đồ uống/Cà phê";
    private const string Pantry = "Thực phẩm & Đồ uống/Đồ khô & Gia vị";
    private const string Gifts = "Thực phẩm & Đồ uống/Quà tặng";

    public static readonly IReadOnlyList<Product> All =
    [
        new(0, "SR-RI6-1KG", "Sầu riêng Ri6 Cái Mơn", "1kg", 120_000m, 1.0m, Fruit, 10),
        new(1, "SR-RI6-2KG", "Sầu riêng Ri6 Cái Mơn", "2kg", 230_000m, 2.0m, Fruit, 6),
        new(2, "SR-MSK-500", "Sầu riêng Musang King múi cấp đông", "Hộp 500g", 289_000m, 0.5m, Fruit, 4),
        new(3, "SAM-DAT-1KG", "Củ sâm đất (yacon) Đà Lạt", "1kg", 45_000m, 1.0m, Vegetables, 6),
        new(4, "KHOAI-MO-1KG", "Khoai mỡ tím Tây Bắc", "1kg", 35_000m, 1.0m, Vegetables, 3),
        new(5, "LGB-500", "Thịt lợn gác bếp Tây Bắc", "500g", 320_000m, 0.5m, Meat, 8),
        new(6, "LGB-1KG", "Thịt lợn gác bếp Tây Bắc", "1kg", 620_000m, 1.0m, Meat, 3),
        new(7, "LAP-XUONG-500", "Lạp xưởng gác bếp", "500g", 190_000m, 0.5m, Meat, 3),
        new(8, "THACH-DEN-1KG", "Thạch đen (sương sáo) Cao Bằng, hộp 1kg", "Hộp 1kg", 55_000m, 1.0m, Dessert, 5),
        new(9, "NA-CL-1KG", "Na dai Chi Lăng, Lạng Sơn", "1kg", 75_000m, 1.0m, Fruit, 6),
        new(10, "MANG-CAU-1KG", "Mãng cầu ta Tây Ninh", "1kg", 60_000m, 1.0m, Fruit, 3),
        new(11, "CF-ROB-500", "Cà phê Robusta rang mộc Buôn Ma Thuột", "500g", 140_000m, 0.5m, Coffee, 4),
        new(12, "CF-ARA-250", "Cà phê Arabica Cầu Đất", "250g", 125_000m, 0.25m, Coffee, 2),
        new(13, "MAT-ONG-500", "Mật ong hoa cà phê nguyên chất", "Chai 500ml", 150_000m, 0.7m, Pantry, 2),
        new(14, "MANG-KHO-500", "Măng khô Tây Bắc", "500g", 180_000m, 0.5m, Pantry, 2),
        new(15, "CHAM-CHEO-200", "Chẩm chéo Tây Bắc", "Lọ 200g", 45_000m, 0.25m, Pantry, 3),
        new(16, "MAC-KHEN-100", "Hạt mắc khén rừng", "100g", 60_000m, 0.1m, Pantry, 2),
        new(17, "COMBO-TB", "Combo quà \"Vị Tây Bắc\": thịt gác bếp + chẩm chéo", "Hộp quà", 450_000m, 0.8m, Gifts, 2),
    ];
}
