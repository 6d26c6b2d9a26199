namespace Spotlight.Cli.Files;

/// <summary>What a path names once links are followed: a regular file, a folder, or something read as a stream.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    /// <summary>Not told apart (statx unavailable, or refused): taken for a regular file, read with a bound all the same.</summary>
    Unknown,
}

internal static class FileKinds
{
    /// <summary>
    /// The kind of a path, without opening it (opening a FIFO waits for a writer). On Linux from statx(2), whose
    /// buffer has one layout on every architecture; elsewhere only folders are told from files.
    /// </summary>
    public static FileKind Of(string path)
    {
        if (NativeFile.StatusOf(path, out int errno) is { } status)
            return (status.Mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
        if (errno is ENOENT or ENOTDIR)
            return FileKind.Missing;
        // No statx here (another system, an old libc): only folders are told from files.
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
    }

    /// <summary>"is a FIFO", for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a FIFO",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "not a regular file",
    };

    private const int ENOENT = 2, ENOTDIR = 20;
}
