using Gongkai.Core.Requests;

namespace Gongkai.Core;

/// <summary>
/// Why something asked for was not done: a step on a request, a review step in the catalog, a change to
/// the settings or the topics. A refusal is a result, not an exception; null where the thing was done.
/// </summary>
/// <param name="Message">Why, in Chinese, shown to the user, citing the article where there is one.</param>
/// <param name="Field">The input field the refusal is about, as the form names it; null when it is about the whole.</param>
public sealed record Refusal(string Message, string? Field = null)
{
    /// <summary>Why, for code, when the deadline engine refused an event; null for other refusals.</summary>
    public RefusalReason? Reason { get; init; }

    /// <summary>The message.</summary>
    public override string ToString() => Message;
}
