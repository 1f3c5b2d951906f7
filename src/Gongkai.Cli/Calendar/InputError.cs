namespace Gongkai.Cli.Calendar;

/// <summary>
/// Bad input found while reading a verb's arguments: the verb prints the message as one line on stderr
/// and exits with <see cref="ExitCode"/>.
/// </summary>
internal sealed class InputError(string message) : Exception(message)
{
    /// <summary>The exit code every verb documents for bad input.</summary>
    public const int ExitCode = 2;
}
