using Spotlight.Reading;

namespace Spotlight.Cli.Input;

/// <summary>
/// Turns the FILE arguments into the list of inputs, in order: files as given, "-" for stdin, the report
/// files of a directory (sorted; all levels with --recursive), and the paths listed in an @list file.
/// Only paths are gathered, never contents, so that a batch can be checked for clashes before it starts.
/// </summary>
internal static class InputExpander
{
    public static List<InputSpec> Expand(IEnumerable<string> arguments, bool recursive)
    {
        var inputs = new List<InputSpec>();
        foreach (string argument in arguments)
        {
            if (argument.Length > 1 && argument[0] == '@')
                inputs.AddRange(FromList(argument[1..], recursive));
            else
                inputs.AddRange(FromPath(argument, recursive));
        }
        return inputs;
    }

    private static IEnumerable<InputSpec> FromPath(string path, bool recursive)
    {
        if (path == InputFile.Stdin)
            return [new InputSpec(path, "stdin")];
        if (!Directory.Exists(path))
            return [new InputSpec(path, System.IO.Path.GetFileName(path))];

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = recursive,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var found = Directory.EnumerateFiles(path, "*", options)
            .Where(ReportReaders.IsSupported)
            .Order(StringComparer.Ordinal)
            .Select(file => new InputSpec(file, System.IO.Path.GetRelativePath(path, file)))
            .ToList();
        if (found.Count == 0)
        {
            string extensions = string.Join(", ", ReportReaders.Extensions.Order());
            string hint = recursive ? "" : "; --recursive searches sub-folders";
            return [new InputSpec(path, path, $"is a directory with no report files ({extensions}){hint}")];
        }
        return found;
    }

    /// <summary>An @list file: one path a line; blank lines and lines starting with # are skipped.</summary>
    private static IEnumerable<InputSpec> FromList(string listPath, bool recursive)
    {
        string[] lines;
        try
        {
            lines = listPath == InputFile.Stdin ? ReadStdinLines() : File.ReadAllLines(listPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputSpec("@" + listPath, listPath, $"list {FileProblem.Of(listPath)}")];
        }
        return lines.Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] != '#')
            .SelectMany(line => FromPath(line, recursive))
            .ToList();
    }

    private static string[] ReadStdinLines()
    {
        using var reader = new StreamReader(Console.OpenStandardInput());
        return reader.ReadToEnd().Split('\n');
    }
}
