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

    /// <summary>Dependencies point one way: Formats → Reading → Model; Rules read the model and nothing reads Rules back.</summary>
    [Theory]
    [InlineData("Reading", "Gongkai.Reports.Rules")]
    [InlineData("Reading", "Gongkai.Reports.Formats")]
    [InlineData("Reading", "Rules.")]
    [InlineData("Model", "Gongkai.Reports.Rules")]
    [InlineData("Model", "Gongkai.Reports.Reading")]
    [InlineData("Model", "Gongkai.Reports.Formats")]
    [InlineData("Rules", "Gongkai.Reports.Reading")]
    [InlineData("Rules", "Gongkai.Reports.Formats")]
    public void A_folder_of_the_report_engine_does_not_use_a_later_one(string folder, string forbidden)
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(TestFiles.RepositoryRoot, "src", "Gongkai.Reports", folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains(forbidden, StringComparison.Ordinal))
            .Select(Path.GetFileName).ToList();
        Assert.Empty(offenders);
    }
}
