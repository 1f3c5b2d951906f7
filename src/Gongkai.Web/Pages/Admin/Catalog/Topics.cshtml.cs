using Gongkai.Core;
using Gongkai.Core.Catalog;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Admin.Catalog;

/// <summary>主题分类: the agency Head adds, renames, reorders and removes the topics of the agency's tree.</summary>
public sealed class TopicsModel(AgencyScope scope, TopicDesk topics) : PageModel
{
    public TopicTree Tree { get; private set; } = new([]);

    /// <summary>Items (any state) per topic, subtopics included.</summary>
    public IReadOnlyDictionary<int, int> Usage { get; private set; } = new Dictionary<int, int>();

    public string AgencyName { get; private set; } = "";

    public Refusal? Refusal { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        return await PageAsync(staff, cancellationToken);
    }

    public Task<IActionResult> OnPostAddAsync(int? parentId, string? name, CancellationToken cancellationToken) =>
        ChangeAsync(staff => topics.AddAsync(staff, parentId, name, cancellationToken), $"已添加主题“{name?.Trim()}”。", cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken cancellationToken) =>
        ChangeAsync(staff => topics.RenameAsync(staff, id, name, cancellationToken), $"已改名为“{name?.Trim()}”，使用该主题的信息已随之更新。", cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(int id, bool up, CancellationToken cancellationToken) =>
        ChangeAsync(staff => topics.MoveAsync(staff, id, up, cancellationToken), up ? "已上移。" : "已下移。", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(staff => topics.RemoveAsync(staff, id, cancellationToken), "已删除。", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Staff, Task<TopicResult>> change, string done, CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = await change(staff);
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.IsDone)
        {
            Refusal = result.Refusal;
            return await PageAsync(staff, cancellationToken);
        }

        Message = done;
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync(Staff staff, CancellationToken cancellationToken)
    {
        AgencyName = (await scope.TreeAsync(cancellationToken)).Find(staff.AgencyId)?.Name ?? "";
        Tree = await topics.TreeAsync(staff.AgencyId, cancellationToken);
        Usage = await topics.UsageAsync(staff.AgencyId, Tree, cancellationToken);
        return Page();
    }
}
