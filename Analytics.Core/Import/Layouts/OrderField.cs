namespace LivePeak.Analytics.Import.Layouts;

/// <summary>The canonical fields an order layout can map its headers to.</summary>
public enum OrderField
{
    OrderId,
    LineId,
    ProductId,
    ProductName,
    Quantity,
    UnitPrice,
    /// <summary>The line's revenue after discounts; when absent, quantity x unit price.</summary>
    Amount,
    /// <summary>Date and time in one cell.</summary>
    Timestamp,
    /// <summary>Date alone, combined with <see cref="Time"/>.</summary>
    Date,
    Time,
    Status,
    /// <summary>TikTok's <c>Cancelation/Return Type</c>.</summary>
    CancelReturnType,
    /// <summary>Shopee's <c>Trạng thái Trả hàng/Hoàn tiền</c>: any value means a return.</summary>
    ReturnStatus,
    Channel,
    Shop,
    Platform,
}
