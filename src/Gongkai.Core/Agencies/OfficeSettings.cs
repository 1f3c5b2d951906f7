namespace Gongkai.Core.Agencies;

/// <summary>
/// An agency's desk settings, kept by its Administrator: what its letters need to be valid and useful
/// to the applicant (the issuer and its 发文字号 prefix, the bodies that hear a challenge — 第五十一条 —,
/// the contact, how fees are paid), who signs a letter off before it goes out, and when a case counts
/// as due soon.
/// </summary>
public sealed class OfficeSettings
{
    /// <summary>The agency these settings belong to (also the key).</summary>
    public int AgencyId { get; set; }

    /// <summary>The issuer printed at the head and above the seal; empty means the agency's name.</summary>
    public string IssuerName { get; set; } = "";

    /// <summary>机关代字 before the year of a 发文字号, e.g. 临自然资依公开 in 临自然资依公开〔2026〕第12号.</summary>
    public string NumberPrefix { get; set; } = "";

    /// <summary>复议机关: the body that hears an administrative review (《行政复议法》), e.g. 临江市人民政府.</summary>
    public string ReviewBody { get; set; } = "";

    /// <summary>The 人民法院 with jurisdiction over a suit (《行政诉讼法》), e.g. 临江市中级人民法院.</summary>
    public string Court { get; set; } = "";

    /// <summary>The contact person printed in the 附注.</summary>
    public string ContactPerson { get; set; } = "";

    /// <summary>The contact phone printed in the 附注.</summary>
    public string ContactPhone { get; set; } = "";

    /// <summary>How a processing fee is paid (account, payment platform), printed on the fee notice.</summary>
    public string PaymentMethod { get; set; } = "";

    /// <summary>
    /// Who signs a reply or notice off after the clerk, in order: "Reviewer", "Reviewer,Head" or "Head"
    /// (<see cref="SignOffChain"/>). At least one level.
    /// </summary>
    public string SignOff { get; set; } = "Reviewer";

    /// <summary>Working days before a due date from which a case is shown as due soon (<c>DueSoon</c>; default 5).</summary>
    public int DueSoonDays { get; set; } = 5;

    /// <summary>What is missing or wrong, in Chinese, keyed by field; empty when the settings can be used.</summary>
    public IReadOnlyDictionary<string, string> Check()
    {
        var problems = new Dictionary<string, string>();
        void Require(string field, string value, string label)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems[field] = $"请填写{label}。";
            }
            else if (value.Length > 200)
            {
                problems[field] = $"{label}不能超过200个字。";
            }
        }

        Require(nameof(NumberPrefix), NumberPrefix, "发文字号的机关代字");
        Require(nameof(ReviewBody), ReviewBody, "行政复议机关");
        Require(nameof(Court), Court, "管辖的人民法院");
        Require(nameof(ContactPerson), ContactPerson, "联系人");
        Require(nameof(ContactPhone), ContactPhone, "联系电话");
        if (NumberPrefix.IndexOfAny(['〔', '〕', '[', ']']) >= 0)
        {
            problems[nameof(NumberPrefix)] = "机关代字不含年份和六角括号，例如“临自然资依公开”。";
        }

        if (DueSoonDays is < 1 or > 20)
        {
            problems[nameof(DueSoonDays)] = "“即将到期”的提前量应为1至20个工作日。";
        }

        if (SignOffChain.Parse(SignOff) is null)
        {
            problems[nameof(SignOff)] = "签批流程至少一级：审核人、负责人，或审核人后负责人。";
        }

        return problems;
    }
}
