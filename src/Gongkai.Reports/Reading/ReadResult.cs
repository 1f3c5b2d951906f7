using Gongkai.Reports.Model;

namespace Gongkai.Reports.Reading;

/// <summary>A table or field that could not be read with certainty, and why (in Chinese).</summary>
public sealed record ReadingNote(string Table, string Message, int? Line = null)
{
    /// <summary>The cells this note leaves unread, as canonical JSON paths ("requests.rows.New[0]"); no rule is judged on them.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];
}

/// <summary>Why a file could not be read at all: a Chinese message for users, an English one for logs.</summary>
public sealed record ReadError(string Code, string Message, string LogMessage);

/// <summary>The outcome of reading a document: a report with notes, or an error. Never an exception for a bad document.</summary>
public sealed record ReadResult
{
    public AnnualReport? Report { get; init; }
    public IReadOnlyList<ReadingNote> Notes { get; init; } = [];
    public ReadError? Error { get; init; }

    public bool Succeeded => Report is not null;

    public static ReadResult Fail(string code, string message, string logMessage) => new() { Error = new(code, message, logMessage) };
}
