using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Data;

/// <summary>
/// The installation's master key, from configuration (<c>Security:MasterKey</c>, 32 bytes in base64)
/// or from a key file outside the database (<c>Security:MasterKeyFile</c>, default
/// <c>data/master.key</c>, created on first start). Never stored in the database: a copy of the
/// database alone reveals no personal data and cannot re-seal the audit chain. Separate keys are
/// derived from it (HKDF-SHA256) for each use.
/// </summary>
public sealed class DataKeys
{
    public const string DefaultKeyFile = "data/master.key";

    private DataKeys(byte[] master)
    {
        PersonalData = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.ASCII.GetBytes("gongkai personal data v1"));
        Lookup = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.ASCII.GetBytes("gongkai lookup hash v1"));
        Audit = HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: Encoding.ASCII.GetBytes("gongkai audit chain v1"));
    }

    /// <summary>AES-256-GCM key of applicants' personal data.</summary>
    public byte[] PersonalData { get; }

    /// <summary>HMAC key of the searchable hashes (an ID number found without decrypting every row).</summary>
    public byte[] Lookup { get; }

    /// <summary>HMAC key of the audit chain.</summary>
    public byte[] Audit { get; }

    /// <summary>The process's keys (set once at start by the web host or the command).</summary>
    public static DataKeys Current { get; private set; } = new(new byte[32]);

    public static bool IsConfigured { get; private set; }

    /// <summary>Reads the master key from its base64 text, or from (or into a new) key file; makes it <see cref="Current"/>.</summary>
    /// <returns>True when a new key file was written.</returns>
    public static bool Load(string? base64, string? keyFile)
    {
        byte[] master;
        var created = false;
        if (!string.IsNullOrWhiteSpace(base64))
        {
            master = Convert.FromBase64String(base64.Trim());
        }
        else
        {
            var path = string.IsNullOrWhiteSpace(keyFile) ? DefaultKeyFile : keyFile;
            if (File.Exists(path))
            {
                master = Convert.FromBase64String(File.ReadAllText(path).Trim());
            }
            else
            {
                master = RandomNumberGenerator.GetBytes(32);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllText(path, Convert.ToBase64String(master) + "\n");
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }

                created = true;
            }
        }

        if (master.Length < 32)
        {
            throw new InvalidOperationException("Security:MasterKey must be at least 32 bytes (base64).");
        }

        Current = new DataKeys(master);
        IsConfigured = true;
        return created;
    }
}
