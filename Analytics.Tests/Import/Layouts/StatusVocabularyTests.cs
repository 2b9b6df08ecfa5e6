using System.Text;
using LivePeak.Analytics.Domain;
using LivePeak.Analytics.Import.Layouts;

namespace LivePeak.Tests.Import.Layouts;

[TestFixture]
public sealed class StatusVocabularyTests
{
    [TestCase("Đã hoàn tất", OrderStatus.Completed, TestName = "TikTok: Đã hoàn tất is completed")]
    [TestCase("Đã h\u1EE7y", OrderStatus.Cancelled, TestName = "TikTok: Đã hủy (tone mark on u) is cancelled")]
    [TestCase("Đã hu\u1EF7", OrderStatus.Cancelled, TestName = "Đã huỷ (tone mark on y) is cancelled too")]
    [TestCase("Đã vận chuyển", OrderStatus.Pending, TestName = "TikTok: Đã vận chuyển (shipped) is still pending")]
    [TestCase("Giao gói hàng thất bại", OrderStatus.Cancelled, TestName = "TikTok: failed delivery is cancelled")]
    [TestCase("Hoàn thành", OrderStatus.Completed, TestName = "Shopee: Hoàn thành is completed")]
    [TestCase("Đang giao", OrderStatus.Pending, TestName = "Shopee: Đang giao (in delivery) is pending")]
    [TestCase("Chờ xác nhận", OrderStatus.Pending, TestName = "Shopee: Chờ xác nhận is pending")]
    [TestCase("Người mua xác nhận đã nhận hàng", OrderStatus.Completed, TestName = "Shopee: buyer confirmed receipt is completed")]
    [TestCase("Giao hàng thất bại", OrderStatus.Cancelled, TestName = "Shopee: failed delivery is cancelled")]
    [TestCase("Completed", OrderStatus.Completed, TestName = "English: Completed")]
    [TestCase("Canceled", OrderStatus.Cancelled, TestName = "English: US spelling Canceled")]
    [TestCase("Shipped", OrderStatus.Pending, TestName = "English: Shipped is pending")]
    [TestCase("Refunded", OrderStatus.Returned, TestName = "English: Refunded is returned")]
    [TestCase("  HOÀN THÀNH ", OrderStatus.Completed, TestName = "Case and surrounding spaces do not matter")]
    [TestCase("", OrderStatus.Completed, TestName = "An empty status is a plain sale")]
    public void Maps_known_texts(string text, OrderStatus expected)
    {
        var status = StatusVocabulary.Map(text, out var known);

        Assert.That((status, known), Is.EqualTo((expected, true)));
    }

    [TestCase("Đã h\u1EE7y", TestName = "Decomposed Đã hủy is cancelled")]
    [TestCase("Đã hu\u1EF7", TestName = "Decomposed Đã huỷ is cancelled")]
    public void Decomposed_text_maps_like_composed(string composed)
    {
        var status = StatusVocabulary.Map(composed.Normalize(NormalizationForm.FormD), out var known);

        Assert.That((status, known), Is.EqualTo((OrderStatus.Cancelled, true)));
    }

    [TestCase("Đang xử lý khiếu nại", TestName = "An unknown Vietnamese status is pending and reported unknown")]
    [TestCase("Awaiting pickup", TestName = "An unknown English status is pending and reported unknown")]
    public void Unknown_text_is_pending_and_not_known(string text)
    {
        var status = StatusVocabulary.Map(text, out var known);

        Assert.That((status, known), Is.EqualTo((OrderStatus.Pending, false)));
    }

    [TestCase(OrderStatus.Completed, "Cancel", "", OrderStatus.Cancelled, TestName = "TikTok Cancel type cancels a line")]
    [TestCase(OrderStatus.Completed, "Return/Refund", "", OrderStatus.Returned, TestName = "TikTok Return/Refund type returns a completed line")]
    [TestCase(OrderStatus.Pending, "", "Đã hoàn tiền", OrderStatus.Returned, TestName = "Any Shopee return status marks a return")]
    [TestCase(OrderStatus.Cancelled, "Return/Refund", "Đã hoàn tiền", OrderStatus.Cancelled, TestName = "A cancelled order stays cancelled")]
    [TestCase(OrderStatus.Completed, "", "", OrderStatus.Completed, TestName = "Empty cancel and return columns change nothing")]
    public void Combine(OrderStatus status, string cancelReturnType, string returnStatus, OrderStatus expected) =>
        Assert.That(StatusVocabulary.Combine(status, cancelReturnType, returnStatus), Is.EqualTo(expected));
}
