namespace Spotlight.Writing;

/// <summary>A format an output file can be written in: its name, and the file extensions that stand for it.</summary>
public interface IFileFormat
{
    /// <summary>The name <c>--format</c> takes.</summary>
    string Name { get; }

    /// <summary>With the dot. The first names the files written one per input; none means the format is chosen by name only.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// With the dot: extensions that stand for another format, to which this one may still be written when
    /// <c>--format</c> names it (a Code Quality report is a <c>.json</c> file, as GitLab's examples name it).
    /// </summary>
    IReadOnlyList<string> SharedExtensions => [];
}

/// <summary>Finding the format a file name stands for.</summary>
public static class FileFormats
{
    /// <summary>
    /// The format whose extension ends the file name, case aside, or null. The longest extension wins, so that a name
    /// such as <c>scan.sarif.json</c> goes to the format that claims <c>.sarif.json</c> rather than <c>.json</c>.
    /// </summary>
    public static T? ClaimedBy<T>(IEnumerable<T> formats, string path) where T : class, IFileFormat =>
        Claim(formats, path)?.Format;

    /// <summary>The format whose extension ends the file name, as <see cref="ClaimedBy"/>, with that extension as declared.</summary>
    public static (T Format, string Extension)? Claim<T>(IEnumerable<T> formats, string path) where T : class, IFileFormat
    {
        string name = Path.GetFileName(path);
        return formats
            .SelectMany(format => format.Extensions.Select(extension => (Format: format, Extension: extension)))
            .Where(claim => name.Length > claim.Extension.Length && name.EndsWith(claim.Extension, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(claim => claim.Extension.Length)
            .Select(claim => ((T Format, string Extension)?)claim)
            .FirstOrDefault();
    }
}
