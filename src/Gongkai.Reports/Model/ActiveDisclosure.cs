namespace Gongkai.Reports.Model;

/// <summary>
/// Section 二 (主动公开政府信息情况), the tables of 第二十条 items (一), (五), (六), (八) and, in
/// V2019, (九). Each row records the layout of the table it was read from, because real reports
/// mix layouts (a V2019 table inside a V2021 report).
/// </summary>
public sealed record ActiveDisclosure
{
    public DocumentCounts? Regulations { get; init; }
    public DocumentCounts? NormativeDocuments { get; init; }
    public DecisionCounts? Licensing { get; init; }
    /// <summary>其他对外管理服务事项 (V2019 only).</summary>
    public DecisionCounts? OtherServices { get; init; }
    public DecisionCounts? Penalty { get; init; }
    public DecisionCounts? Coercion { get; init; }
    public FeeFigures? Fees { get; init; }
    /// <summary>政府集中采购 (V2019 only).</summary>
    public ProcurementFigures? Procurement { get; init; }

    public bool IsEmpty => Regulations is null && NormativeDocuments is null && Licensing is null && OtherServices is null
        && Penalty is null && Coercion is null && Fees is null && Procurement is null;
}

/// <summary>第二十条第（一）项: 规章 and 规范性文件. V2021 fills Issued/Repealed/InForce; V2019 fills Made/Published/TotalPublished.</summary>
public sealed record DocumentCounts(ReportFormat Layout)
{
    /// <summary>本年制发件数 (V2021).</summary>
    public int? Issued { get; init; }
    /// <summary>本年废止件数 (V2021).</summary>
    public int? Repealed { get; init; }
    /// <summary>现行有效件数 (V2021).</summary>
    public int? InForce { get; init; }
    /// <summary>本年新制作数量 (V2019).</summary>
    public int? Made { get; init; }
    /// <summary>本年新公开数量 (V2019).</summary>
    public int? Published { get; init; }
    /// <summary>对外公开总数量 (V2019).</summary>
    public int? TotalPublished { get; init; }
}

/// <summary>第二十条第（五）（六）项: licensing, other services, penalty, coercion. V2021 has Decisions only.</summary>
public sealed record DecisionCounts(ReportFormat Layout)
{
    /// <summary>上一年项目数量 (V2019).</summary>
    public int? PreviousItems { get; init; }
    /// <summary>本年增/减, signed: "减 16" is -16 (V2019).</summary>
    public int? Change { get; init; }
    /// <summary>（本年）处理决定数量.</summary>
    public int? Decisions { get; init; }
}

/// <summary>第二十条第（八）项: 行政事业性收费.</summary>
public sealed record FeeFigures(ReportFormat Layout)
{
    /// <summary>本年收费金额 in 万元 (V2021).</summary>
    public decimal? AmountTenThousandYuan { get; init; }
    /// <summary>上一年项目数量 (V2019).</summary>
    public int? PreviousItems { get; init; }
    /// <summary>本年增/减 (V2019).</summary>
    public int? Change { get; init; }
}

/// <summary>第二十条第（九）项: 政府集中采购 (V2019 only).</summary>
public sealed record ProcurementFigures
{
    public int? Projects { get; init; }
    /// <summary>采购总金额 in 万元, whatever unit the document used.</summary>
    public decimal? AmountTenThousandYuan { get; init; }
}
