using Gongkai.Core.Calendar;

namespace Gongkai.Core.Tests;

/// <summary>
/// Core holds the rules of disclosure work, not file formats or storage: documents are read and
/// written at the edge (Gongkai.Web/Documents, the report writers in Gongkai.Reports), data in Gongkai.Data.
/// </summary>
public class ArchitectureTests
{
    private static readonly string[] IoPackages =
    [
        "DocumentFormat.OpenXml", "System.IO.Packaging", "ClosedXML", "QuestPDF", "PdfSharp",
        "Microsoft.EntityFrameworkCore", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.AspNetCore",
    ];

    [Fact]
    public void Core_references_no_document_storage_or_web_package()
    {
        var references = typeof(WorkdayCalendar).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.Contains("Gongkai.Reports", references);
        Assert.DoesNotContain(references, name => IoPackages.Any(p => name.StartsWith(p, StringComparison.Ordinal)));
    }
}
