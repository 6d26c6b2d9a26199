using System.Runtime.InteropServices;

namespace Spotlight.Cli.Files;

/// <summary>What a path names on disk: its device and inode, which no spelling of the path can hide (a bind mount, a
/// hard link, a symbolic link), and its type.</summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, bool IsRegular, bool IsDirectory);

/// <summary>What statx says of a path: its device, its inode and its mode (type and permission bits).</summary>
internal readonly record struct FileStatus(ulong Device, ulong Inode, ushort Mode);

/// <summary>
/// The two Linux calls .NET does not offer: <c>statx</c>, for a file's device and inode (its layout is the same on
/// every architecture, unlike <c>struct stat</c>), and <c>renameat2</c> with <c>RENAME_NOREPLACE</c>, which puts a file
/// in place only if nothing is there, in one step. Elsewhere, or where the kernel lacks them, the callers fall back.
/// </summary>
internal static partial class NativeFile
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1, StatxIno = 0x100;
    private const uint NoReplace = 1;
    private const int EExist = 17, EInval = 22, ENoSys = 38, ENotSup = 95;
    private const ushort TypeMask = 0xF000, Regular = 0x8000, Directory = 0x4000;

    /// <summary>The file a path names, links followed; null when there is none or it cannot be told.</summary>
    public static FileIdentity? IdentityOf(string path) =>
        StatusOf(path, out _) is { } status
            ? new FileIdentity(status.Device, status.Inode, (status.Mode & TypeMask) == Regular, (status.Mode & TypeMask) == Directory)
            : null;

    /// <summary>
    /// The device, inode and mode of what a path names, links followed, without opening it (opening a FIFO waits for a
    /// writer); null with the error number when there is nothing there, and with 0 where statx is not to be had.
    /// </summary>
    public static FileStatus? StatusOf(string path, out int errno)
    {
        errno = 0;
        if (!OperatingSystem.IsLinux())
            return null;
        try
        {
            if (Statx(AtFdCwd, AsOpened(path), 0, StatxType | StatxIno, out var buffer) == 0)
                return new FileStatus(((ulong)buffer.DevMajor << 32) | buffer.DevMinor, buffer.Inode, buffer.Mode);
            errno = Marshal.GetLastPInvokeError();
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null; // a libc without statx (glibc before 2.28, some others)
        }
    }

    /// <summary>
    /// Renames a file to a name that must not exist yet, atomically: if another process creates that name first,
    /// this fails with <see cref="OutputExistsException"/> and the other's file stays.
    /// </summary>
    public static void RenameNoReplace(string source, string target)
    {
        if (OperatingSystem.IsLinux())
        {
            int errno;
            try
            {
                if (Renameat2(AtFdCwd, AsOpened(source), AtFdCwd, AsOpened(target), NoReplace) == 0)
                    return;
                errno = Marshal.GetLastPInvokeError();
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                errno = ENoSys;
            }
            if (errno == EExist)
                throw new OutputExistsException(target);
            if (errno is not (EInval or ENoSys or ENotSup))
                throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{target}'");
        }
        // A file system without RENAME_NOREPLACE: .NET moves by a hard link where it can, which fails if the name exists.
        if (File.Exists(target))
            throw new OutputExistsException(target);
        File.Move(source, target, overwrite: false);
    }

    /// <summary>
    /// The path as .NET's own file calls hand it to the kernel: made full, its dots taken before any link is
    /// followed (<c>link/..</c> is the folder holding the link), so that these calls see the file .NET opens.
    /// </summary>
    private static string AsOpened(string path) => path.Length == 0 ? path : Path.GetFullPath(path);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, out StatxBuffer buffer);

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    /// <summary><c>struct statx</c> (linux/stat.h), the fields read here at their fixed offsets.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DevMajor;
        [FieldOffset(140)] public uint DevMinor;
    }
}

/// <summary>An output that must not replace a file found another file in its place.</summary>
internal sealed class OutputExistsException(string path) : IOException($"{path} exists")
{
    public string Path { get; } = path;
}
