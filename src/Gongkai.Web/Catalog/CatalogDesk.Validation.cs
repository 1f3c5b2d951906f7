using Gongkai.Core.Agencies;
using Gongkai.Core.Calendar;
using Gongkai.Core.Catalog;
using Gongkai.Data;
using Gongkai.Data.Catalog;
using Gongkai.Reports.Model;
using Gongkai.Web.Desk;
using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Catalog;

/// <summary>The fields staff enter for a catalog item (never the entity: no overposting).</summary>
public sealed record PublicationForm(
    string? Title,
    string? IssuingAgency,
    string? DocumentNumber,
    DateOnly? WrittenOn,
    string? Topic,
    Genre Genre,
    string? Summary,
    string? Body,
    ValidityState Validity = ValidityState.InForce,
    DateOnly? EffectiveOn = null,
    DateOnly? EndedOn = null,
    long? RepealedById = null,
    long? InterpretsId = null,
    DisclosureMode Mode = DisclosureMode.Proactive,
    string? ModeBasis = null,
    string? ModeReason = null);

/// <summary>The checks of a catalog item form: field → Chinese message.</summary>
public sealed partial class CatalogDesk
{
    /// <summary>Field → Chinese message for a form.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(int agencyId, PublicationForm form, long? selfId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = ReviewWorkflow.CheckMode(form.Mode, form.ModeBasis, form.ModeReason);
        if (string.IsNullOrWhiteSpace(form.Title))
        {
            errors["Title"] = ["请填写名称。"];
        }
        else if (form.Title.Length > 500)
        {
            errors["Title"] = ["名称不能超过500字。"];
        }

        if (string.IsNullOrWhiteSpace(form.IssuingAgency))
        {
            errors["IssuingAgency"] = ["请填写发布机构。"];
        }

        if (form.WrittenOn is null)
        {
            errors["WrittenOn"] = ["请填写成文日期。"];
        }
        else if (form.WrittenOn > Today)
        {
            errors["WrittenOn"] = ["成文日期不能晚于今天。"];
        }

        if (await CheckTopicAsync(agencyId, form.Topic, cancellationToken) is { } topicError)
        {
            errors["Topic"] = [topicError];
        }

        if (!Enum.IsDefined(form.Genre))
        {
            errors["Genre"] = ["请选择体裁分类。"];
        }

        if (form.Validity != ValidityState.InForce && form.EndedOn is null)
        {
            errors["EndedOn"] = [$"有效性为“{form.Validity.ChineseLabel()}”时须填写废止或失效日期。"];
        }
        else if (form.EndedOn < form.WrittenOn)
        {
            errors["EndedOn"] = ["废止或失效日期不能早于成文日期。"];
        }

        if (form.RepealedById is long repealer && (repealer == selfId || !await db.Publications.AnyAsync(p => p.Id == repealer && p.AgencyId == agencyId, cancellationToken)))
        {
            errors["RepealedById"] = ["废止该文件的文件不在本机关目录中。"];
        }

        if (form.InterpretsId is long policy && (policy == selfId || !await db.Publications.AnyAsync(p => p.Id == policy && p.AgencyId == agencyId, cancellationToken)))
        {
            errors["InterpretsId"] = ["所解读的政策文件不在本机关目录中。"];
        }

        return errors;
    }

    /// <summary>An item's topic: when the agency has a topic tree, one of its topics (by path); otherwise any short text.</summary>
    private async Task<string?> CheckTopicAsync(int agencyId, string? topic, CancellationToken cancellationToken)
    {
        var text = topic?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > TopicTree.MaxPathLength)
        {
            return $"主题分类不能超过{TopicTree.MaxPathLength}个字。";
        }

        var tree = await db.TopicTreeAsync(agencyId, cancellationToken);
        return tree.IsEmpty || tree.FindPath(text) is not null ? null : $"主题分类“{text}”不在本机关的主题分类中，请从列表中选择。";
    }
}
