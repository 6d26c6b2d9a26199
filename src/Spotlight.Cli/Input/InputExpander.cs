using Spotlight.Cli.Files;
using Spotlight.Reading;

namespace Spotlight.Cli.Input;

/// <summary>
/// Turns the FILE arguments into the list of inputs, in order: files as given, "-" for stdin, the report
/// files of a directory (sorted; all levels with --recursive), and the paths listed in an @list file.
/// Only paths are gathered, never contents, so that a batch can be checked for clashes before it starts.
/// </summary>
internal static class InputExpander
{
    /// <param name="listLimit">The most an @LIST file may hold (the --max-bytes of the run).</param>
    public static List<InputSpec> Expand(IEnumerable<string> arguments, bool recursive, long listLimit)
    {
        var inputs = new List<InputSpec>();
        foreach (string argument in arguments)
        {
            if (argument.Length > 1 && argument[0] == '@')
                inputs.AddRange(FromList(argument[1..], recursive, listLimit));
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
            // "missing//" is named "missing": an empty name would make its output the --output-dir itself.
            return [new InputSpec(path, System.IO.Path.GetFileName(path.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)))];

        var found = new List<(string File, string? Error)>();
        new FolderWalk(recursive, found).Visit(path);
        if (found.Count == 0)
        {
            string extensions = string.Join(", ", ReportReaders.Extensions.Order());
            string hint = recursive ? "" : "; --recursive searches sub-folders";
            return [new InputSpec(path, path, $"is a directory with no report files ({extensions}){hint}")];
        }
        return found.OrderBy(entry => entry.File, StringComparer.Ordinal)
            .Select(entry => new InputSpec(entry.File, System.IO.Path.GetRelativePath(path, entry.File), entry.Error))
            .ToList();
    }

    /// <summary>
    /// The report files under one directory argument. A folder is entered once however many ways lead to it
    /// (a link to a folder above, two links to one folder), and a file once however many links name it: each
    /// is known by its real path, and a second way in is told on stderr and not taken.
    /// A FIFO or a device found in a folder is not read (it could wait forever, or never end): only a file
    /// named on the command line is read as a stream.
    /// </summary>
    private sealed class FolderWalk(bool recursive, List<(string File, string? Error)> found)
    {
        private static readonly EnumerationOptions Options = new()
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };

        private readonly Dictionary<string, string> _folders = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

        public void Visit(string directory) => Visit(directory, RealPath.Of(directory));

        private void Visit(string directory, string real)
        {
            if (!_folders.TryAdd(real, directory))
            {
                Console.Error.WriteLine($"spotlight: {directory}: the folder {_folders[real]} again, by a link; read once");
                return;
            }
            var info = new DirectoryInfo(directory);
            IEnumerable<FileInfo> files;
            List<DirectoryInfo> folders;
            try
            {
                files = info.EnumerateFiles("*", Options).Where(file => ReportReaders.IsSupported(file.Name))
                    .OrderBy(file => file.Name, StringComparer.Ordinal).ToList();
                folders = recursive ? info.EnumerateDirectories("*", Options).OrderBy(d => d.Name, StringComparer.Ordinal).ToList() : [];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
            foreach (var file in files)
            {
                string path = System.IO.Path.Combine(directory, file.Name);
                string realFile = IsLink(file) ? RealPath.Of(path) : System.IO.Path.Combine(real, file.Name);
                if (!_files.TryAdd(realFile, path))
                    Console.Error.WriteLine($"spotlight: {path}: the file {_files[realFile]} again, by a link; read once");
                else if (FileKinds.Of(path) is var kind and not (FileKind.Regular or FileKind.Unknown or FileKind.Missing))
                    found.Add((path, $"is {FileKinds.Describe(kind)}, not a regular file; only a file named as an input is read as a stream"));
                else
                    found.Add((path, null));
            }
            foreach (var folder in folders)
            {
                string path = System.IO.Path.Combine(directory, folder.Name);
                Visit(path, IsLink(folder) ? RealPath.Of(path) : System.IO.Path.Combine(real, folder.Name));
            }
        }

        private static bool IsLink(FileSystemInfo entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;
    }

    /// <summary>An @list file: one path a line; blank lines and lines starting with # are skipped.</summary>
    private static IEnumerable<InputSpec> FromList(string listPath, bool recursive, long limit)
    {
        string text;
        try
        {
            text = listPath == InputFile.Stdin ? ReadStdin(limit) : SideFile.ReadText(listPath, limit);
        }
        catch (SideFileException e)
        {
            return [new InputSpec("@" + listPath, listPath, $"list {e.Message}")];
        }
        return text.Split('\n').Select(line => line.Trim())
            .Where(line => line.Length > 0 && line[0] != '#')
            .SelectMany(line => line.Contains('\0') ? [NotAPath(line)] : FromPath(line, recursive))
            .ToList();
    }

    /// <summary>
    /// A line holding a NUL names no file (the system ends a path there, and .NET refuses it), and only a list can
    /// hold one; it fails as an input, named with the NUL written out so that the message and every path
    /// function the run applies to its inputs take it.
    /// </summary>
    private static InputSpec NotAPath(string line) => new(line.Replace("\0", "\\0"), "", "holds a NUL byte, which no path can");

    private static string ReadStdin(long limit)
    {
        using var stdin = Console.OpenStandardInput();
        byte[] bytes = BoundedRead.All(stdin, limit) ?? throw new SideFileException($"larger than the limit of {ByteSize.Format(limit)} (--max-bytes)");
        using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
