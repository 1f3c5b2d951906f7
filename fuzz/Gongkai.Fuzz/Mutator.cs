using System.IO.Compression;
using System.Text;

namespace Gongkai.Fuzz;

/// <summary>The kinds of damage done to a seed; each crash file is named after the kind that made it.</summary>
public enum Mutation { ByteFlip, Truncate, Duplicate, HugeNumber, DeepNesting, Encoding, FormatConfusion, Splice, LineShuffle }

/// <summary>
/// Turns a seed document into a damaged or hostile one, deterministically from the random source:
/// the same seed, mutation and <see cref="Random"/> seed give the same bytes. A .docx is unzipped,
/// its document.xml mutated and zipped again (mutating the zip bytes only tests the inflater).
/// </summary>
public static class Mutator
{
    private static readonly string[] HugeNumbers =
    [
        "2147483647", "2147483648", "-2147483648", "4294967296", "99999999999999999999", "79228162514264337593543950335",
        "79228162514264337593543950335亿元", "1e308", "-5", "-0", "0.5", "1,2,3", "十", "９９９９９９９９９９", "١٢٣", "NaN", "Infinity",
        "9999年12月31日", "0000年1月1日", "2022年2月30日", "−2147483648",
    ];

    private static readonly string[] Openings = ["<", "[", "{", "{\"format\":\"V2021\",", "<html><body>", "%PDF-1.7\n", "PK\u0003\u0004", "\uFEFF", "<!--", "[bookmark: x]"];

    private static readonly string[] NestingTags = ["b", "i", "div", "span", "table", "u", "em", "font", "x-y", "td", "li", "a", "p"];

    public static Mutation Pick(Random random) => (Mutation)random.Next(Enum.GetValues<Mutation>().Length);

    /// <summary>Applies <paramref name="mutation"/> (then, one time in three, another) to a copy of the seed.</summary>
    /// <param name="maxBytes">About the largest input a mutation makes (a repeated slice, deep nesting).</param>
    public static byte[] Apply(byte[] seed, string extension, Mutation mutation, Random random, IReadOnlyList<byte[]> others, int maxBytes = 16 << 20)
    {
        if (extension == ".docx" && mutation is not (Mutation.ByteFlip or Mutation.Truncate or Mutation.FormatConfusion) && InsideDocx(seed, m => Apply(m, ".xml", mutation, random, others, maxBytes)) is { } docx)
            return docx;
        byte[] result = mutation switch
        {
            Mutation.ByteFlip => ByteFlip(seed, random),
            Mutation.Truncate => seed[..random.Next(seed.Length + 1)],
            Mutation.Duplicate => Duplicate(seed, random, maxBytes),
            Mutation.HugeNumber => Text(seed, s => HugeNumber(s, random)),
            Mutation.DeepNesting => DeepNesting(seed, random, maxBytes),
            Mutation.Encoding => Reencode(seed, random),
            Mutation.FormatConfusion => [.. Encoding.UTF8.GetBytes(Openings[random.Next(Openings.Length)]), .. seed],
            Mutation.Splice => Splice(seed, others[random.Next(others.Count)], random),
            _ => Text(seed, s => ShuffleLines(s, random)),
        };
        return random.Next(3) == 0 && result.Length < maxBytes / 4 ? Apply(result, extension, Pick(random), random, others, maxBytes) : result;
    }

    private static byte[] ByteFlip(byte[] seed, Random random)
    {
        var copy = (byte[])seed.Clone();
        int flips = 1 + random.Next(Math.Max(1, copy.Length / 200));
        for (int i = 0; i < flips && copy.Length > 0; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    /// <summary>A slice repeated: up to a million times for a short slice (a "1 2" line, a tab, a cell).</summary>
    private static byte[] Duplicate(byte[] seed, Random random, int maxBytes)
    {
        if (seed.Length == 0) return seed;
        int start = random.Next(seed.Length), length = 1 + random.Next(Math.Min(64, seed.Length - start));
        int times = Math.Min(maxBytes / length, random.Next(4) switch { 0 => 10, 1 => 1_000, 2 => 100_000, _ => 1_000_000 });
        var slice = seed.AsSpan(start, length);
        var output = new byte[seed.Length + length * times];
        seed.AsSpan(0, start).CopyTo(output);
        for (int k = 0; k < times; k++) slice.CopyTo(output.AsSpan(start + k * length));
        seed.AsSpan(start).CopyTo(output.AsSpan(start + length * times));
        return output;
    }

    /// <summary>Every number (or one in a few) replaced by a number near or past a limit, or a non-number.</summary>
    private static string HugeNumber(string text, Random random)
    {
        string replacement = HugeNumbers[random.Next(HugeNumbers.Length)];
        int every = random.Next(4) + 1;
        int n = 0;
        return System.Text.RegularExpressions.Regex.Replace(text, "[0-9]+", m => n++ % every == 0 ? replacement : m.Value);
    }

    private static byte[] DeepNesting(byte[] seed, Random random, int maxBytes)
    {
        int depth = Math.Min(maxBytes / 40, random.Next(3) switch { 0 => 500, 1 => 5_000, _ => 200_000 });
        string open, close;
        switch (random.Next(4))
        {
            case 0: open = "["; close = "]"; break;
            case 1: open = "{\"a\":"; close = "}"; break;
            case 2:
                var tags = Enumerable.Range(0, 1 + random.Next(4)).Select(_ => NestingTags[random.Next(NestingTags.Length)]).ToArray();
                open = string.Concat(tags.Select(t => $"<{t}>")); close = random.Next(2) == 0 ? "" : string.Concat(tags.Reverse().Select(t => $"</{t}>"));
                break;
            default: open = "<w:tbl><w:tr><w:tc>"; close = "</w:tc></w:tr></w:tbl>"; break;
        }
        int at = random.Next(seed.Length + 1);
        var sb = new StringBuilder();
        for (int i = 0; i < depth; i++) sb.Append(open);
        sb.Append("规章 1 2");
        for (int i = 0; i < depth; i++) sb.Append(close);
        return [.. seed.AsSpan(0, at), .. Encoding.UTF8.GetBytes(sb.ToString()), .. seed.AsSpan(at)];
    }

    private static byte[] Reencode(byte[] seed, Random random)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string text = Encoding.UTF8.GetString(seed);
        var (encoding, bom) = random.Next(7) switch
        {
            0 => (Encoding.Unicode, true), 1 => (Encoding.BigEndianUnicode, true), 2 => (Encoding.UTF32, true),
            3 => (new UTF32Encoding(true, false), true), 4 => (Encoding.Unicode, false),
            5 => (Encoding.GetEncoding("GB18030"), false), _ => (Encoding.GetEncoding("big5"), false),
        };
        return bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
    }

    private static byte[] Splice(byte[] a, byte[] b, Random random) =>
        [.. a.AsSpan(0, random.Next(a.Length + 1)), .. b.AsSpan(random.Next(b.Length + 1))];

    private static string ShuffleLines(string text, Random random)
    {
        var lines = text.Split('\n');
        for (int k = 0; k < Math.Max(1, lines.Length / 10); k++)
        {
            int i = random.Next(lines.Length), j = random.Next(lines.Length);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }
        return string.Join('\n', lines);
    }

    private static byte[] Text(byte[] bytes, Func<string, string> change) => Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(bytes)));

    /// <summary>The .docx with its word/document.xml changed, or null when the seed is no zip.</summary>
    private static byte[]? InsideDocx(byte[] docx, Func<byte[], byte[]> change)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            var output = new MemoryStream();
            using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
                foreach (var entry in input.Entries)
                {
                    using var source = entry.Open();
                    var content = new MemoryStream();
                    source.CopyTo(content);
                    byte[] bytes = entry.FullName == "word/document.xml" ? change(content.ToArray()) : content.ToArray();
                    using var target = zip.CreateEntry(entry.FullName).Open();
                    target.Write(bytes);
                }
            return output.ToArray();
        }
        catch (InvalidDataException) { return null; }
    }
}
