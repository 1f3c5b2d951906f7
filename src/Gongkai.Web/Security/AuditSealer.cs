using Gongkai.Data;

namespace Gongkai.Web.Security;

/// <summary>Seals new audit entries into the hash chain every few seconds (<c>Security:AuditSealSeconds</c>, default 5).</summary>
public sealed class AuditSealer(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AuditSealer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(configuration.GetValue("Security:AuditSealSeconds", 5.0)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await AuditChain.SealAsync(scope.ServiceProvider.GetRequiredService<GongkaiDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next tick tries again; the entries stay in the log unsealed meanwhile.
                logger.LogWarning(e, "Sealing the audit chain failed");
            }
        }
    }
}
