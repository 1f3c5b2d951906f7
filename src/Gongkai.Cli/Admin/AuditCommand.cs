using System.CommandLine;
using Gongkai.Data;

namespace Gongkai.Cli.Admin;

/// <summary>
/// `gongkai audit verify`: seals the entries written since the last seal, then recomputes the audit
/// log's hash chain with the installation's master key (Security__MasterKey, else --key-file) and
/// prints every break: an edited, deleted or hand-inserted entry. Prints the head hash to keep
/// elsewhere (a later run that does not reach it has lost its newest entries).
/// Exit 0: intact; 1: broken; 2: bad input (no key).
/// </summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var database = new DatabaseOptions();
        var keyFile = new Option<string>("--key-file")
        {
            Description = "主密钥文件（默认取环境变量 Security__MasterKey，否则 data/master.key）",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("Security__MasterKeyFile") ?? DataKeys.DefaultKeyFile,
        };
        var verify = new Command("verify", "校验审计日志的哈希链：发现被修改、删除或插入的记录") { keyFile };
        database.AddTo(verify);
        verify.SetAction(async (parse, cancellationToken) =>
        {
            var key = Environment.GetEnvironmentVariable("Security__MasterKey");
            var file = parse.GetValue(keyFile)!;
            if (string.IsNullOrWhiteSpace(key) && !File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"gongkai: 找不到主密钥（Security__MasterKey 或 {file}）。");
                return 2;
            }

            DataKeys.Load(key, file);
            await using var db = database.Open(parse);
            return await VerifyAsync(db, Console.Out, cancellationToken);
        });
        var audit = new Command("audit", "审计日志");
        audit.Subcommands.Add(verify);
        return audit;
    }

    internal static async Task<int> VerifyAsync(GongkaiDbContext db, TextWriter output, CancellationToken cancellationToken)
    {
        var sealedNow = await AuditChain.SealAsync(db, cancellationToken);
        var (breaks, count, head) = await AuditChain.VerifyAsync(db, cancellationToken);
        foreach (var b in breaks)
        {
            await output.WriteLineAsync($"断裂：第 {b.Sequence?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "？"} 条（记录 {b.EntryId}）：{Reason(b.Reason)}");
        }

        await output.WriteLineAsync(breaks.Count == 0
            ? $"审计日志完整：{count} 条（本次封存 {sealedNow} 条），链头 {head ?? "（空）"}。"
            : $"审计日志被篡改：{breaks.Count} 处断裂，共 {count} 条。");
        return breaks.Count == 0 ? 0 : 1;
    }

    private static string Reason(string reason) => reason switch
    {
        "content or hash changed" => "内容或哈希被修改",
        "out of order" => "顺序错乱",
        "seal removed" => "封存标记被去除",
        _ when reason.StartsWith("entries ", StringComparison.Ordinal) => "其前的记录被删除（" + reason + "）",
        _ => reason,
    };
}
