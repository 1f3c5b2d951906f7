using Xunit.Abstractions;
using Xunit.Sdk;

namespace Gongkai.Web.Tests;

/// <summary>
/// A test that runs once per database provider: in a class whose name ends with "OnPostgres" it is
/// reported as skipped (not passed) when GONGKAI_TEST_POSTGRES is not set.
/// </summary>
[XunitTestCaseDiscoverer("Gongkai.Web.Tests.DbFactDiscoverer", "Gongkai.Web.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DbFactAttribute : FactAttribute;

public sealed class DbFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (testMethod.TestClass.Class.Name.EndsWith("OnPostgres", StringComparison.Ordinal)
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresFactory.Variable)))
        {
            return [new XunitSkippedDataRowTestCase(diagnostics, display, displayOptions, testMethod, $"{PostgresFactory.Variable} is not set: PostgreSQL tests skipped")];
        }

        return [new XunitTestCase(diagnostics, display, displayOptions, testMethod)];
    }
}
