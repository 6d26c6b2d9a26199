using Spotlight.Cli.Files;
using Spotlight.Cli.Input;

namespace Spotlight.Cli.Batch;

/// <summary>A file a run reads besides its inputs: an @LIST file, an outlet file, a configuration.</summary>
/// <param name="Role">What it is, as a message names it: "the list", "the outlet file", "the configuration".</param>
internal sealed record SettingsFile(string Path, string Role)
{
    /// <summary>The @LIST files among the FILE arguments (not <c>@-</c>, which is stdin).</summary>
    public static IEnumerable<SettingsFile> ListsOf(IEnumerable<string> arguments) =>
        arguments.Where(a => a.Length > 1 && a[0] == '@' && a != "@" + InputFile.Stdin).Select(a => new SettingsFile(a[1..], "the list"));
}

/// <summary>
/// Refuses, before any input is read or output written, an output path that could not take the output or would
/// destroy a file the run reads. Each check gives the reason, or null when the path is fit.
/// </summary>
internal static class OutputCheck
{
    /// <summary>
    /// The one file of <c>-o FILE</c>. It may not be an input or a settings file however either is reached: the same
    /// path once links are followed, or the same device and inode (a hard link, a bind mount).
    /// </summary>
    public static string? OfFile(string path, IReadOnlyList<InputSpec> inputs, IEnumerable<SettingsFile> settings)
    {
        if (Path.EndsInDirectorySeparator(path) || Directory.Exists(path))
            return "is a directory, not a file";
        var read = ReadFiles.Of(inputs, settings);
        return read.Replaced(path, RealPath.Of(path)) is { } replaced ? $"would replace {replaced}" : null;
    }

    /// <summary>The folder of <c>--output-dir</c>, which need not exist yet; it or a folder above it being a file would fail every output.</summary>
    public static string? OfDirectory(string path)
    {
        for (string? at = Path.TrimEndingDirectorySeparator(path); !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at))
                return at == Path.TrimEndingDirectorySeparator(path) ? "is a file, not a directory" : $"{at} is a file, not a directory";
            if (Directory.Exists(at))
                return null;
        }
        return null;
    }
}

/// <summary>The files a run reads, by real path and by device and inode, to tell whether an output would replace one.</summary>
internal sealed class ReadFiles
{
    private readonly Dictionary<string, string> _byRealPath = new(StringComparer.Ordinal);
    private readonly Dictionary<(ulong Device, ulong Inode), string> _byIdentity = [];

    public static ReadFiles Of(IEnumerable<InputSpec> inputs, IEnumerable<SettingsFile> settings)
    {
        var read = new ReadFiles();
        foreach (var input in inputs.Where(i => !i.IsStdin))
            read.Add(input.Path, $"the input {input.Path}");
        foreach (var file in settings)
            read.Add(file.Path, $"{file.Role} {file.Path}");
        return read;
    }

    private void Add(string path, string name)
    {
        _byRealPath.TryAdd(RealPath.Of(path), name);
        // Only a regular file can be destroyed by an output renamed over it; a device or a pipe is written in place.
        if (NativeFile.IdentityOf(path) is { IsRegular: true } identity)
            _byIdentity.TryAdd((identity.Device, identity.Inode), name);
    }

    /// <summary>What an output at this path would replace ("the input a.txt"), or null.</summary>
    public string? Replaced(string path, string realPath)
    {
        if (_byRealPath.TryGetValue(realPath, out string? name))
            return name;
        return _byIdentity.Count > 0 && NativeFile.IdentityOf(path) is { IsRegular: true } identity
            && _byIdentity.TryGetValue((identity.Device, identity.Inode), out name) ? name : null;
    }
}
