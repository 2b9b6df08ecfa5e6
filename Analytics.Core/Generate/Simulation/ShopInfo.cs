using System.Globalization;

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

    // The shops' TikTok usernames, which LIVE lists name as the host (the names without accents).
    private static readonly string[] Handles =
    [
        "nongsan.taybac", "dacsan.dalatxanh", "vuontraicay.mientay", "caphe.bmt.moc",
        "choque.langson", "bepnha.muonglo", "traingon.caimon", "huongrung.sonla",
    ];

    public string Slug => "shop" + Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The TikTok username the shop goes LIVE as, e.g. <c>nongsan.taybac</c>.</summary>
    public string Handle => Index <= Handles.Length ? Handles[Index - 1] : "cuahang" + Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>TikTok's numeric creator id of the shop's account.</summary>
    public string TikTokCreatorId => (6_912_345_600_000_000_000L + Index * 7_919L).ToString(CultureInfo.InvariantCulture);

    /// <summary>Shopee's numeric user id of the shop, which its Live export lists under <c>User Id</c>.</summary>
    public string ShopeeUserId => (381_200_000L + Index * 7_919L).ToString(CultureInfo.InvariantCulture);

    /// <summary>The shop's Facebook page id; post ids are <c>{page}_{post}</c>.</summary>
    public string FacebookPageId => (102_938_475_600_000L + Index * 7_919L).ToString(CultureInfo.InvariantCulture);

    public static ShopInfo Create(int index) =>
        new(index, index <= Names.Length ? Names[index - 1] : "Cửa hàng " + index.ToString(CultureInfo.InvariantCulture));
}
