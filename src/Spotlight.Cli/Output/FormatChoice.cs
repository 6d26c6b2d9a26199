using Spotlight.Writing;

namespace Spotlight.Cli.Output;

/// <summary>
/// The format of an output: the one <c>--format</c> names, else the one the output file's extension stands for, else
/// the default. When the two disagree the command line is refused, so that neither is dropped without a word.
/// </summary>
internal static class FormatChoice
{
    /// <param name="named">The <c>--format</c> as typed, or null when it was not given. A name no format has is
    /// left to the option's own check, which lists the known names.</param>
    /// <param name="file">The file of <c>--output</c>, or null for stdout or a directory.</param>
    /// <param name="conflict">Why the two cannot both be meant, or null.</param>
    public static T Choose<T>(IReadOnlyList<T> formats, T fallback, string? named, string? file, out string? conflict)
        where T : class, IFileFormat
    {
        conflict = null;
        var byName = named is null ? null : formats.FirstOrDefault(format => format.Name == named);
        var claim = file is null ? null : FileFormats.Claim(formats, file);
        if (byName is not null && claim is { } byFile && byName != byFile.Format
            && !byName.SharedExtensions.Contains(byFile.Extension, StringComparer.OrdinalIgnoreCase))
            conflict = $"--format {byName.Name} does not match --output {file}, a {byFile.Format.Name} file; drop one or make them agree";
        return byName ?? claim?.Format ?? fallback;
    }

    /// <summary>The help of <c>--format</c>: what each extension chooses, and what any other name gets.</summary>
    public static string Help<T>(IReadOnlyList<T> formats, T fallback) where T : class, IFileFormat
    {
        var claims = formats.Where(format => format.Extensions.Count > 0)
            .Select(format => $"{string.Join(" or ", format.Extensions)} for {format.Name}");
        var shares = formats.Where(format => format.SharedExtensions.Count > 0)
            .Select(format => $" -f {format.Name} may write a {string.Join(" or ", format.SharedExtensions)} file.");
        return $"Output format. Without it, the extension of --output chooses: {string.Join(", ", claims)}; "
            + $"any other name, and stdout, get {fallback.Name}.{string.Concat(shares)}";
    }
}
