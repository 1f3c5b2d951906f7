using Gongkai.Core;
using Gongkai.Core.Catalog;
using Gongkai.Web.Catalog;
using Gongkai.Web.Desk;
using Gongkai.Web.Staffing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Catalog;

/// <summary>Drafting and changing a catalog item, and correcting a published one.</summary>
public sealed class EditModel(AgencyScope scope, CatalogDesk desk, TopicDesk topics) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Correcting { get; set; }

    [BindProperty]
    public PublicationForm Input { get; set; } = new(null, null, null, null, null, Genre.NormativeDocument, null, null);

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public Refusal? Refusal { get; private set; }

    /// <summary>The item's agency's topic tree; when empty the topic is free text.</summary>
    public TopicTree Topics { get; private set; } = new([]);

    private Dictionary<string, string[]> errors = [];

    public string? Error(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        if (Id is long id)
        {
            var item = await desk.FindAsync(staff, id, cancellationToken);
            if (item is null)
            {
                return NotFound();
            }

            Input = new PublicationForm(item.Title, item.IssuingAgency, item.DocumentNumber, item.WrittenOn, item.Topic, item.Genre, item.Summary, item.Body,
                item.Validity, item.EffectiveOn, item.EndedOn, item.RepealedById, item.InterpretsId, item.Mode, item.ModeBasis, item.ModeReason);
            Topics = await topics.TreeAsync(item.AgencyId, cancellationToken);
        }
        else
        {
            var tree = await scope.TreeAsync(cancellationToken);
            Input = Input with { IssuingAgency = tree.Find(staff.AgencyId)?.Name, WrittenOn = desk.Today };
            Topics = await topics.TreeAsync(staff.AgencyId, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var staff = await scope.StaffAsync(cancellationToken);
        var result = Id is long id
            ? Correcting ? await desk.CorrectAsync(staff, id, Input, Note, cancellationToken) : await desk.UpdateAsync(staff, id, Input, cancellationToken)
            : await desk.CreateAsync(staff, Input, cancellationToken);
        if (result.Done && Files.Count > 0 && !Correcting)
        {
            result = await desk.AttachAsync(staff, result.Item!.Id, Files, cancellationToken);
        }

        if (result is { Item: null, Errors: null, Refusal: null })
        {
            return NotFound();
        }

        if (!result.Done)
        {
            errors = result.Errors ?? [];
            Refusal = result.Refusal;
            Id ??= result.Item?.Id;
            Topics = await topics.TreeAsync(result.Item?.AgencyId ?? staff.AgencyId, cancellationToken);
            return Page();
        }

        return Redirect($"/Catalog/Item/{result.Item!.Id}");
    }
}
