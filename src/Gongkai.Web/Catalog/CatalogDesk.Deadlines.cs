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

/// <summary>Deadlines of proactive disclosure (第二十六条) for items and corrections.</summary>
public sealed partial class CatalogDesk
{
    /// <summary>
    /// Where a proactive item stands against 第二十六条, counted from its 成文日期 (its first publication);
    /// null for items not proactively disclosed or dated outside the calendar.
    /// </summary>
    public PublicationDeadline? Deadline(Publication item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Mode == DisclosureMode.Proactive ? Article26.Assess(calendar, item.WrittenOn, item.PublishedOn, Today) : null;
    }

    /// <summary>
    /// 第二十六条 for a correction: the changed information is due 20 working days from the correction's
    /// date, and a correction is published the day it is made.
    /// </summary>
    public PublicationDeadline? Deadline(PublicationRevision correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var on = ChinaClock.DateOf(correction.At);
        return Article26.Assess(calendar, on, on, Today);
    }

    /// <summary>Unpublished proactive items written before this day are overdue today (第二十六条).</summary>
    public DateOnly OverdueIfWrittenBefore => Article26.EarliestNotOverdue(calendar, Today);
}
