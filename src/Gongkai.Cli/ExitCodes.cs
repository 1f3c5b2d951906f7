namespace Gongkai.Cli;

/// <summary>The exit codes every verb shares (README, docs/report-formats.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; for `report check`: no errors (warnings may have been printed).</summary>
    public const int NoErrors = 0;

    /// <summary>`report check`: a rule found an error, or some cells could not be read with certainty (reading notes).</summary>
    public const int ErrorsFound = 1;

    /// <summary>A file could not be read (or written), or the arguments are wrong.</summary>
    public const int Unreadable = 2;

    /// <summary>A defect in Gongkai: an unexpected exception, reported in one line without a stack trace.</summary>
    public const int Defect = 3;
}
