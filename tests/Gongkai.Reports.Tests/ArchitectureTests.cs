namespace Gongkai.Reports.Tests;

public class ArchitectureTests
{
    [Fact]
    public void The_report_engine_references_neither_ASP_NET_Core_nor_EF_Core()
    {
        var references = typeof(AnnualReports).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
    }
}
