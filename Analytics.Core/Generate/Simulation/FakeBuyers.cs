using System.Globalization;

namespace LivePeak.Analytics.Generate.Simulation;

/// <summary>Makes <see cref="FakeBuyer"/>s from lists of common Vietnamese name parts and places.</summary>
internal static class FakeBuyers
{
    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"];
    private static readonly string[] FamilyAscii = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do"];
    private static readonly string[] MiddleNames = ["Thị", "Văn", "Minh", "Ngọc", "Thanh", "Hữu", "Thu", "Quang", "Đức", "Bảo"];
    private static readonly string[] GivenNames = ["Hoa", "Lan", "Hùng", "Dũng", "Hương", "Mai", "Tuấn", "Linh", "Trang", "Nam", "Phương", "Hải", "Yến", "Khánh", "Thảo", "Long"];
    private static readonly string[] GivenAscii = ["hoa", "lan", "hung", "dung", "huong", "mai", "tuan", "linh", "trang", "nam", "phuong", "hai", "yen", "khanh", "thao", "long"];
    private static readonly string[] CuteHandles = ["mecon_xinh🌸", "be.bong.2k", "an_vat_cung_me", "nhà_mình_ăn_sạch", "chi.thu 🍀", "hang_rong_sg"];
    private static readonly string[] MobilePrefixes = ["90", "91", "93", "94", "96", "97", "98", "32", "33", "35", "37", "38", "70", "77", "79", "81", "85", "86", "88"];

    private static readonly (string Province, string District, string Commune)[] Places =
    [
        ("Hà Nội", "Quận Cầu Giấy", "Phường Dịch Vọng"),
        ("Hà Nội", "Quận Hoàng Mai", "Phường Định Công"),
        ("TP. Hồ Chí Minh", "Quận 3", "Phường Võ Thị Sáu"),
        ("TP. Hồ Chí Minh", "Thành phố Thủ Đức", "Phường Linh Trung"),
        ("Đà Nẵng", "Quận Hải Châu", "Phường Thạch Thang"),
        ("Hải Phòng", "Quận Lê Chân", "Phường An Biên"),
        ("Cần Thơ", "Quận Ninh Kiều", "Phường An Hòa"),
        ("Lâm Đồng", "Thành phố Đà Lạt", "Phường 4"),
        ("Bình Dương", "Thành phố Thủ Dầu Một", "Phường Phú Cường"),
        ("Nghệ An", "Thành phố Vinh", "Phường Hưng Bình"),
        ("Sơn La", "Thành phố Sơn La", "Phường Chiềng Lề"),
    ];

    private static readonly string[] Streets = ["Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Phan Đình Phùng", "Điện Biên Phủ", "Quang Trung"];
    private static readonly string[] Landmarks = ["Gần chợ", "Đối diện trường tiểu học", "Cổng sau chung cư", "Tầng 3, phòng 305", "Hẻm xe máy vào được"];

    private static readonly string[] Messages =
    [
        "Giao giờ hành chính giúp em nhé, cảm ơn shop!",
        "Gọi trước khi giao, nhà có chó",
        "Gói kỹ giúp mình, hàng dễ dập",
        "Sầu riêng chọn quả chín vừa, đừng \"nhũn\" quá nha",
        "Shop ơi cho xin thêm túi đá",
        "Giao sau 18h",
        "Giao giờ hành chính.\nNgoài giờ gọi số phụ giúp em",
    ];

    public static FakeBuyer Next(Random random)
    {
        var family = random.Next(FamilyNames.Length);
        var given = random.Next(GivenNames.Length);
        var fullName = $"{FamilyNames[family]} {random.Pick(MiddleNames)} {GivenNames[given]}";
        var username = random.Chance(0.15)
            ? random.Pick(CuteHandles)
            : GivenAscii[given] + (random.Chance(0.5) ? "." : "_") + FamilyAscii[family] + (80 + random.Next(26)).ToString(CultureInfo.InvariantCulture);
        var phone = $"(+84){random.Pick(MobilePrefixes)}{random.Next(10).ToString(CultureInfo.InvariantCulture)}*****{random.Next(100).ToString("D2", CultureInfo.InvariantCulture)}";
        var place = random.Pick(Places);
        var number = (1 + random.Next(200)).ToString(CultureInfo.InvariantCulture);
        var detail = random.Chance(0.5)
            ? $"Số {number} ngõ {(2 + random.Next(150)).ToString(CultureInfo.InvariantCulture)} {random.Pick(Streets)}"
            : $"{number}/{(1 + random.Next(40)).ToString(CultureInfo.InvariantCulture)} {random.Pick(Streets)}";
        var extra = random.Chance(0.2) ? random.Pick(Landmarks) : string.Empty;
        var message = random.Chance(0.15) ? random.Pick(Messages) : string.Empty;
        return new FakeBuyer(username, fullName, phone, place.Province, place.District, place.Commune, detail, extra, message);
    }
}
