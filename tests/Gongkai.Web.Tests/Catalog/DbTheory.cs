using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gongkai.Web.Tests.Catalog;

/// <summary>A theory that runs once per database provider, skipped like <see cref="DbFactAttribute"/> when PostgreSQL is not available.</summary>
[XunitTestCaseDiscoverer("Gongkai.Web.Tests.Catalog.DbTheoryDiscoverer", "Gongkai.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbTheoryAttribute : TheoryAttribute;

public sealed class DbTheoryDiscoverer(IMessageSink diagnostics) : TheoryDiscoverer(diagnostics)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        if (testMethod.TestClass.Class.Name.EndsWith("OnPostgres", StringComparison.Ordinal)
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresFactory.Variable)))
        {
            return [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, $"{PostgresFactory.Variable} is not set: PostgreSQL tests skipped")];
        }

        return base.Discover(discoveryOptions, testMethod, theoryAttribute);
    }
}
