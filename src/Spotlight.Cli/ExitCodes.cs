namespace Spotlight.Cli;

/// <summary>The exit codes the contract promises to scripts.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int UsageError = 2;

    /// <summary>128 + the signal's number, as a shell reports a command a signal ended.</summary>
    public const int Interrupted = 130;

    /// <inheritdoc cref="Interrupted"/>
    public const int Terminated = 143;

    /// <summary>Every code above with its meaning, for the man page; a test checks that none is missing.</summary>
    public static IReadOnlyList<ExitCodeMeaning> Meanings { get; } =
    [
        new(Success, "Every input was converted (a report with findings still converts); validate found nothing that fails; "
            + "or the reader of stdout went away (a closed pipe): the run stops at once, silently, as ripgrep does."),
        new(InputFailed, "An input could not be read (one line on stderr names it; the others are still converted), "
            + "or validate found an error (or a warning under --strict)."),
        new(UsageError, "The command line is wrong (an unknown option or command, a missing FILE, a value out of range, "
            + "a bad settings file, an output that would replace an input); nothing is written."),
        new(Interrupted, "Stopped by SIGINT (Ctrl+C): outputs already written are complete, the one in progress is removed."),
        new(Terminated, "Stopped by SIGTERM: outputs already written are complete, the one in progress is removed."),
    ];
}
