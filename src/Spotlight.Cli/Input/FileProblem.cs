namespace Spotlight.Cli.Input;

/// <summary>Why a path named on the command line could not be read, in the words every message uses.</summary>
internal static class FileProblem
{
    public static string Of(string path) =>
        Directory.Exists(path) ? "is a directory" : File.Exists(path) ? "cannot be read" : "no such file";
}
