using Spotlight.Cli.Files;
using Spotlight.Validation;

namespace Spotlight.Cli.Input;

/// <summary>
/// Finds the <c>.spotlight.yml</c> that governs an input: in its folder or the nearest one above, or the
/// one <c>--config</c> names. Each file is read once; a bad one stops the run before anything is checked.
/// </summary>
internal sealed class ConfigLocator(string? explicitPath)
{
    public const string FileName = ".spotlight.yml";

    private readonly Dictionary<string, LoadedConfig> _byDirectory = new(StringComparer.Ordinal);
    private LoadedConfig? _explicit;

    /// <summary>The configuration for an input, with the folder its ignore patterns are relative to.</summary>
    /// <exception cref="ValidationConfigException">The file is unreadable or invalid; the message names it.</exception>
    public LoadedConfig For(InputSpec input)
    {
        if (explicitPath is not null)
            return _explicit ??= Load(explicitPath);

        string start = input.IsStdin ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(input.Path))!;
        return Search(start);
    }

    private LoadedConfig Search(string directory)
    {
        if (_byDirectory.TryGetValue(directory, out var known))
            return known;
        string candidate = Path.Combine(directory, FileName);
        string? parent = Path.GetDirectoryName(directory);
        // Anything by that name is the configuration, so that a folder or a FIFO there is an error, not passed over.
        var found = FileKinds.Of(candidate) != FileKind.Missing ? Load(candidate)
            : parent is null ? new LoadedConfig(ValidationConfig.Default, directory, null)
            : Search(parent);
        _byDirectory[directory] = found;
        return found;
    }

    private static LoadedConfig Load(string path)
    {
        try
        {
            var config = ValidationConfig.Parse(SideFile.ReadText(path, SideFile.MaxYamlBytes));
            return new LoadedConfig(config, Path.GetDirectoryName(Path.GetFullPath(path))!, path);
        }
        catch (ValidationConfigException e)
        {
            throw new ValidationConfigException($"{path}: {e.Message}");
        }
        catch (SideFileException e)
        {
            throw new ValidationConfigException($"{path}: {e.Message}");
        }
    }
}

/// <param name="Root">The folder the ignore patterns are relative to.</param>
/// <param name="Path">The file it came from, or null for the defaults.</param>
internal sealed record LoadedConfig(ValidationConfig Config, string Root, string? Path)
{
    public bool Ignores(InputSpec input) =>
        !input.IsStdin && Config.Ignores(System.IO.Path.GetRelativePath(Root, System.IO.Path.GetFullPath(input.Path)));
}
