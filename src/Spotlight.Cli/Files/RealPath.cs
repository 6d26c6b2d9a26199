namespace Spotlight.Cli.Files;

/// <summary>
/// A path with every symbolic link in it followed, so that two spellings of one file (<c>a.txt</c>,
/// <c>./a.txt</c>, a link to it, a path through a linked folder) compare equal. Parts that do not exist
/// are kept as written: an output often does not exist yet.
/// </summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows before giving up (ELOOP); a loop is left unresolved, not followed forever.</summary>
    private const int MaxLinks = 40;

    /// <remarks>
    /// The dots of <paramref name="path"/> are taken as .NET takes them, before any link is followed: its file
    /// APIs normalise a path (<c>link/..</c> is the folder holding the link) before the kernel sees it, so this
    /// names the file or folder that .NET opens. Dots in a link's target are the kernel's, and are taken after
    /// the links before them.
    /// </remarks>
    public static string Of(string path)
    {
        int links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string absolute, ref int links)
    {
        string root = Path.GetPathRoot(absolute)!;
        string resolved = root;
        foreach (string part in absolute[root.Length..].Split(
            [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            // Within a link's target, ".." is taken after the links before it are followed, as the kernel
            // does: link/.. there is the folder above the link's target, not the folder holding the link.
            if (part == ".")
                continue;
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            string next = Path.Combine(resolved, part);
            if (links < MaxLinks && LinkTarget(next) is { } target)
            {
                links++;
                next = Resolve(Path.Combine(resolved, target), ref links);
            }
            resolved = next;
        }
        return resolved;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder we may not look into cannot be compared further; the path stays as written.
            return null;
        }
    }
}
