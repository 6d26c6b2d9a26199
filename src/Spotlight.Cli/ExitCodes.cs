namespace Spotlight.Cli;

/// <summary>The exit codes the contract promises to scripts.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int UsageError = 2;
}
