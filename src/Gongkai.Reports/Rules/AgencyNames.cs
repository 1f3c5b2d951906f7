namespace Gongkai.Reports.Rules;

/// <summary>Tells a people's government's own report from a department's, by the agency's name.</summary>
public static class AgencyNames
{
    // A government's 办公厅/办公室 and every bureau are departments; an area under a 管理委员会
    // (平潭综合实验区) and a bare place name (XX市, the 本级政府 report) are governments.
    private static readonly string[] DepartmentEndings =
        ["局", "厅", "委", "委员会", "办", "办公室", "办公厅", "室", "院", "中心", "部", "署", "处", "站", "所", "队", "馆", "社", "会", "司", "科"];
    private static readonly string[] GovernmentEndings =
        ["人民政府", "管理委员会", "管委会", "实验区", "新区", "开发区", "高新区", "示范区", "合作区", "管理区", "试验区"];
    private static readonly string[] PlaceEndings = ["省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"];

    public static bool IsPeoplesGovernment(string? agency)
    {
        if (string.IsNullOrWhiteSpace(agency)) return false;
        string name = agency.Trim();
        if (name.EndsWith("管理委员会", StringComparison.Ordinal) || name.EndsWith("人民政府", StringComparison.Ordinal)) return true;
        if (DepartmentEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return false;
        return GovernmentEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))
            || PlaceEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal));
    }
}
