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
}
