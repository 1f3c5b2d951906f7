using Gongkai.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Portal;

/// <summary>An item with every catalog field, its body (sanitized when saved), attachments and linked interpretation.</summary>
public sealed class ItemModel(PortalCatalog catalog) : PageModel
{
    public ItemView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int agencyId, long id, CancellationToken cancellationToken)
    {
        var view = await catalog.ItemAsync(agencyId, id, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(long id, long file, CancellationToken cancellationToken)
    {
        var attachment = await catalog.AttachmentAsync(id, file, cancellationToken);
        return attachment is null ? NotFound() : File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
