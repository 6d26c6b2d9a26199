using System.Runtime.InteropServices;
using Spotlight.Cli.Output;

namespace Spotlight.Cli;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM stop a run without leaving a half-written output: the temporary files in
/// progress are removed, the outputs already renamed into place stay, and the process exits with the
/// shell's code for the signal. A signal ignored when the process started (nohup, a background job of a
/// script) stays ignored.
/// </summary>
internal static class Interruption
{
    private static PosixSignalRegistration[]? _registrations;

    public static void Install() =>
        _registrations ??=
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop),
        ];

    private static void Stop(PosixSignalContext context)
    {
        // The default would end the process with the workers mid-file; exiting here comes after the clean-up.
        context.Cancel = true;
        var (name, code) = context.Signal == PosixSignal.SIGINT
            ? ("SIGINT", ExitCodes.Interrupted)
            : ("SIGTERM", ExitCodes.Terminated);
        PendingFiles.RemoveAllAndHold();
        Console.Error.WriteLine($"spotlight: stopped by {name}");
        Environment.Exit(code);
    }
}
