using System.Text.RegularExpressions;

namespace Spotlight.Cli.Output;

/// <summary>
/// Why an output could not be written, in words that name no path. .NET's messages name the file the failing call
/// saw, which for a file written whole or not at all is the hidden temporary file beside the output: a name the user
/// never gave. The line that carries the reason names the output as given instead.
/// </summary>
internal static partial class WriteFailure
{
    /// <summary>"nodir/out.json: cannot write (no such directory: nodir)"; a null target is stdout.</summary>
    public static string Line(string? target, Exception e) => $"{target ?? "stdout"}: cannot write ({Reason(target, e)})";

    public static string Reason(string? target, Exception e) => e switch
    {
        // Also a path through something that is not a folder (ENOTDIR): either way no such folder is there.
        DirectoryNotFoundException => $"no such directory: {FolderOf(target)}",
        UnauthorizedAccessException => "permission denied",
        _ => QuotedPath().Replace(e.Message, "").Trim(),
    };

    private static string FolderOf(string? target) =>
        Path.GetDirectoryName(target) is { Length: > 0 } folder ? folder : ".";

    /// <summary>The " : '/path'" that .NET appends to the system's words for an I/O error.</summary>
    [GeneratedRegex(@"\s*:\s*'[^']*'\s*$")]
    private static partial Regex QuotedPath();
}
