using Gongkai.Core.Calendar;
using Gongkai.Web.Calendar;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin;

/// <summary>An Administrator loads a year's State Council schedule and sees the cases it moved.</summary>
public sealed class CalendarModel(CalendarDesk desk, CalendarSource source, AgencyScope scope, TimeProvider clock) : PageModel
{
    /// <summary>The largest file accepted: a year's JSON is about 2 KB.</summary>
    private const long MaxFile = 64 * 1024;

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public CalendarLoad? Result { get; private set; }

    public string? Warning { get; private set; }

    public WorkdayCalendar Calendar => source.Current;

    public DateOnly Today => ChinaClock.Today(clock);

    public void OnGet()
    {
        Year = Today.Year + 1;
        Warning = desk.MissingNextYear(Today);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var text = Text ?? "";
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxFile)
            {
                Result = new CalendarLoad(["文件过大：年度安排的 JSON 通常只有几 KB。"], []);
                return Page();
            }

            using var reader = new StreamReader(Upload.OpenReadStream());
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        Result = string.IsNullOrWhiteSpace(text)
            ? new CalendarLoad(["请粘贴通知中的放假安排，或上传 JSON 文件。"], [])
            : await desk.LoadAsync(staff, Year, text, Today, cancellationToken);
        Warning = desk.MissingNextYear(Today);
        return Page();
    }
}
