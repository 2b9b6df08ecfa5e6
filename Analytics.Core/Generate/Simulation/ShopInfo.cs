namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>A generated shop.</summary>
/// <param name="Index">1-based; also the number in file names (<c>shop1</c>).</param>
/// <param name="Name">The display name, as a POS log or the canonical file carries it.</param>
internal sealed record ShopInfo(int Index, string Name)
{
    private static readonly string[] Names =
    [
        "Nông sản Tây Bắc", "Đặc sản Đà Lạt Xanh", "Vườn trái cây Miền Tây", "Cà phê Buôn Ma Thuột Mộc",
        "Chợ quê Lạng Sơn", "Bếp nhà Mường Lò", "Trái ngon Cái Mơn", "Hương rừng Sơn La",
    ];

    public string Slug => "shop" + Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ShopInfo Create(int index) =>
        new(index, index <= Names.Length ? Names[index - 1] : "Cửa hàng " + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
