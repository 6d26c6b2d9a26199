using System.Runtime.InteropServices;

namespace Spotlight.Fuzz;

/// <summary>
/// A private folder for the list target, made once per process: a few report files and others, sub-folders, a
/// link to a file, a dangling link, links that make folder loops, and a FIFO, so that the paths a list names
/// can resolve to each kind of thing the expander meets.
/// </summary>
internal sealed class ListSandbox
{
    public string Root { get; }

    /// <summary>Where the list itself is written, in a folder of its own so that it is not found as a report.</summary>
    public string ListFile { get; }

    public ListSandbox()
    {
        // By its real path, as the kernel names what a listed path resolves to.
        Root = Resolved(Directory.CreateTempSubdirectory("spotlight-fuzz-list-").FullName)!;
        string lists = Directory.CreateDirectory(Path.Combine(Root, ".lists")).FullName;
        ListFile = Path.Combine(lists, "list");
        foreach (string file in (string[])["a.txt", "b.html", "c.pdf", "d.htm", "notes.md", ".hidden.txt", "sub/e.txt", "sub/deeper/f.pdf", "odd name ü/g.txt"])
        {
            string path = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "Spotlight on Iran\n");
        }
        Directory.CreateDirectory(Path.Combine(Root, "empty"));
        File.CreateSymbolicLink(Path.Combine(Root, "link.txt"), "a.txt");
        File.CreateSymbolicLink(Path.Combine(Root, "dangling.txt"), "missing.txt");
        Directory.CreateSymbolicLink(Path.Combine(Root, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(Root, "sub", "deeper", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(Root, "sub", "twin"), "deeper");
        MakeFifo(Path.Combine(Root, "sub", "fifo.txt"), 0b110_000_000);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(Root, recursive: true);
    }

    /// <summary>
    /// Whether a listed path that is a folder stays inside the sandbox once the kernel has followed its links and
    /// dots: a folder outside (say "/", or "../../..") would walk the machine, which is slow and differs from one
    /// machine to the next, so a list naming one is not expanded.
    /// </summary>
    /// <remarks>.NET walks a folder by its full path, dots taken as written, and the kernel then follows the links.</remarks>
    public bool Contains(string directory) =>
        Resolved(Path.GetFullPath(directory)) is { } real && (real == Root || real.StartsWith(Root + "/", StringComparison.Ordinal));

    private static string? Resolved(string path)
    {
        nint resolved = RealPath(path, 0);
        if (resolved == 0)
            return null;
        string real = Marshal.PtrToStringUTF8(resolved)!;
        Free(resolved);
        return real;
    }

    [DllImport("libc", EntryPoint = "realpath")]
    private static extern nint RealPath(string path, nint resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void Free(nint pointer);

    [DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MakeFifo(string path, uint mode);
}
