namespace Gongkai.Reports.Reading;

/// <summary>
/// A document reduced to what every input format has in common: paragraphs and table rows of
/// cells, in reading order, each with the line (or block number) it came from. Every reader
/// (txt, html, docx, pdf) produces one; <see cref="FormReader"/> interprets it by the form's labels.
/// </summary>
public sealed class SourceDocument(IReadOnlyList<SourceBlock> blocks)
{
    public IReadOnlyList<SourceBlock> Blocks { get; } = blocks;
}

/// <summary>A paragraph or a table row; <see cref="Line"/> is 1-based in the source.</summary>
public abstract record SourceBlock(int Line);

/// <summary>A paragraph of text outside any table.</summary>
public sealed record SourceParagraph(string Text, int Line) : SourceBlock(Line);

/// <summary>
/// A table row. Cells of merged regions appear as empty strings (as Word's own text export has
/// them); a label split over lines is joined into one cell.
/// </summary>
public sealed record SourceRow(IReadOnlyList<string> Cells, int Line) : SourceBlock(Line);

/// <summary>A reader's output: the document's blocks, or why it could not be read.</summary>
public sealed record SourceResult(SourceDocument? Document, ReadError? Error)
{
    public static implicit operator SourceResult(SourceDocument document) => new(document, null);

    public static SourceResult Fail(string code, string message, string logMessage) => new(null, new ReadError(code, message, logMessage));
}
