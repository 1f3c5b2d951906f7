using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gongkai.Data;

/// <summary>
/// Applicants' ID numbers, phones, e-mails and addresses are stored encrypted (AES-256-GCM, a
/// random nonce per value, key from <see cref="DataKeys"/>), as <c>v1:</c> + base64(nonce | tag |
/// ciphertext). A value without the prefix (a row written before encryption) is read as it is and
/// encrypted at the next start (see <c>PersonalDataMigration</c> in the web host).
/// </summary>
public static class PersonalDataCipher
{
    public const string Prefix = "v1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The EF Core converter of an encrypted column.</summary>
    public static readonly ValueConverter<string, string> Converter = new(v => Encrypt(v), v => Decrypt(v));

    public static string Encrypt(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        if (plain.Length == 0)
        {
            return "";
        }

        var bytes = Encoding.UTF8.GetBytes(plain);
        var output = new byte[NonceSize + TagSize + bytes.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(DataKeys.Current.PersonalData, TagSize);
        aes.Encrypt(nonce, bytes, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(output);
    }

    public static string Decrypt(string stored)
    {
        if (string.IsNullOrEmpty(stored) || !stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored ?? "";
        }

        var input = Convert.FromBase64String(stored[Prefix.Length..]);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(DataKeys.Current.PersonalData, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The keyed hash an ID number is found by (HMAC-SHA256, upper case, trimmed), hex.</summary>
    public static string LookupHash(string idNumber)
    {
        ArgumentNullException.ThrowIfNull(idNumber);
        return Convert.ToHexString(HMACSHA256.HashData(DataKeys.Current.Lookup, Encoding.UTF8.GetBytes(idNumber.Trim().ToUpperInvariant())));
    }
}

/// <summary>Encrypts the personal data of rows written before encryption existed (run at start).</summary>
public static class PersonalDataMigration
{
    public static async Task<int> EncryptExistingAsync(GongkaiDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.Database.SqlQueryRaw<long>(
            "SELECT \"Id\" AS \"Value\" FROM requests WHERE (applicant_id_number <> '' AND applicant_id_number NOT LIKE 'v1:%') OR (applicant_phone <> '' AND applicant_phone NOT LIKE 'v1:%') OR (applicant_email <> '' AND applicant_email NOT LIKE 'v1:%') OR (applicant_address <> '' AND applicant_address NOT LIKE 'v1:%')")
            .ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(500))
        {
            var requests = await db.Requests.Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken);
            foreach (var request in requests)
            {
                var applicant = db.Entry(request).Reference(r => r.Applicant).TargetEntry!;
                foreach (var property in new[] { nameof(Core.Requests.Applicant.IdNumber), nameof(Core.Requests.Applicant.Phone), nameof(Core.Requests.Applicant.Email), nameof(Core.Requests.Applicant.Address) })
                {
                    applicant.Property(property).IsModified = true;
                }

                applicant.State = applicant.State == EntityState.Unchanged ? EntityState.Modified : applicant.State;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return ids.Count;
    }
}
