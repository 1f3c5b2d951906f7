using Gongkai.Data;
using Gongkai.Data.Platform;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests.Platform;

/// <summary>Background work on several hosts: one lease per job at a time, on PostgreSQL's advisory locks.</summary>
public sealed class HostLeaseTestsOnPostgres(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [DbFact]
    public async Task A_second_host_does_not_get_a_lease_that_is_held()
    {
        await using var first = await AcquireAsync("close-lapsed-periods");
        await using var second = await AcquireAsync("close-lapsed-periods");

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [DbFact]
    public async Task A_released_lease_can_be_taken_again()
    {
        var first = await AcquireAsync("reminders");
        await first!.DisposeAsync();

        await using var again = await AcquireAsync("reminders");

        Assert.NotNull(again);
    }

    // Each call from its own scope, as two hosts would.
    private async Task<HostLease?> AcquireAsync(string job)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await HostLease.TryAcquireAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), job);
    }
}
