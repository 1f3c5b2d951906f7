using Gongkai.Core.Calendar;
using Gongkai.Core.Requests;
using Microsoft.EntityFrameworkCore;

using Gongkai.Web.Attachments;
using Gongkai.Web.Staffing;

namespace Gongkai.Web.Desk;

/// <summary>One line of the inbox, with personal data masked.</summary>
public sealed record InboxItem(
    long Id,
    int AgencyId,
    string TrackingNumber,
    string ApplicantName,
    ApplicantKind ApplicantKind,
    string Phone,
    string InformationWanted,
    DateOnly ReceivedOn,
    CaseState State,
    string StateLabel,
    DateOnly? DueOn,
    bool DueEstimated,
    bool DueSoon,
    bool Overdue,
    string? ClerkName);

/// <summary>The inbox filters: a state (default: every open request), a clerk, a page.</summary>
public sealed record InboxQuery(CaseState? State, string? Clerk, int Page = 1)
{
    public const int PageSize = 50;
}

/// <summary>The desk's inbox: requests in scope sorted by due date (overdue first), due-soon and overdue marked.</summary>
public static class Inbox
{
    public static async Task<IReadOnlyList<InboxItem>> ListAsync(AgencyScope scope, Staff staff, InboxQuery query, DateOnly today, WorkdayCalendar calendar, CancellationToken cancellationToken, WorkingDays? window = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        var requests = scope.Requests(staff).AsNoTracking();
        requests = query.State is { } state ? requests.Where(r => r.State == state) : requests.Where(r => r.IsOpen);
        if (!string.IsNullOrEmpty(query.Clerk))
        {
            requests = requests.Where(r => r.ClerkId == query.Clerk);
        }

        var page = Math.Max(1, query.Page);
        var rows = await requests
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id)
            .Skip((page - 1) * InboxQuery.PageSize).Take(InboxQuery.PageSize)
            .Select(r => new
            {
                r.Id, r.AgencyId, r.TrackingNumber, r.Applicant.Name, r.Applicant.Kind, r.Applicant.Phone,
                r.InformationWanted, r.ReceivedOn, r.State, r.DueOn, r.DueEstimated, r.ClerkName,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new InboxItem(
            r.Id,
            r.AgencyId,
            r.TrackingNumber,
            r.Kind == ApplicantKind.NaturalPerson ? PersonalData.MaskName(r.Name) : r.Name,
            r.Kind,
            PersonalData.MaskPhone(r.Phone),
            r.InformationWanted.Length > 60 ? r.InformationWanted[..60] + "…" : r.InformationWanted,
            r.ReceivedOn,
            r.State,
            r.State.ChineseLabel(),
            r.DueOn,
            r.DueEstimated,
            r.DueOn is { } d && DueSoon.On(calendar, d, today, window),
            r.DueOn is { } o && o < today,
            r.ClerkName)).ToList();
    }
}
