using System.Text;

namespace Gongkai.Reports.Tests.Formats.Pdf;

/// <summary>A one-page PDF around a content stream, written by hand, for shapes Chromium does not draw (stroked rules).</summary>
internal static class MinimalPdf
{
    /// <param name="content">The page's content stream.</param>
    /// <param name="passwordProtected">Adds a standard security handler whose user password is not empty (and unknown).</param>
    public static byte[] Build(string content, bool passwordProtected = false)
    {
        List<string> objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(content)} >>\nstream\n{content}\nendstream",
        ];
        if (passwordProtected)
            objects.Add($"<< /Filter /Standard /V 1 /R 2 /O <{new string('1', 64)}> /U <{new string('2', 64)}> /P -4 >>");
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(pdf.ToString()));
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = Encoding.ASCII.GetByteCount(pdf.ToString());
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (int o in offsets) pdf.Append($"{o:D10} 00000 n \n");
        string encrypt = passwordProtected ? $" /Encrypt {objects.Count} 0 R /ID [<{new string('a', 32)}> <{new string('a', 32)}>]" : "";
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R{encrypt} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
