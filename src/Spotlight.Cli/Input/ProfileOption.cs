using Spotlight.Parsing;
using Spotlight.Extraction;
using Spotlight.Vocabulary;

namespace Spotlight.Cli.Input;

/// <summary>
/// The <c>--profile NAME|FILE.yml</c> option, with <c>--outlets FILE.yml</c> on top: which series profile reads the
/// reports. Without <c>--profile</c>, the built-in profile each report's title picks.
/// </summary>
internal static class ProfileOption
{
    public const string Description =
        "The series profile to read reports with: a built-in one by id or name (spotlight-on-iran, spotlight-on-global-jihad), "
        + "or a YAML file that adds titles, labels, arenas, outlets and more to a built-in one (README, \"Adding a series\"). "
        + "[default: the profile whose title the report's title line holds, else spotlight-on-iran]";

    /// <summary>Whether a value of --profile names a file rather than a built-in profile.</summary>
    public static bool IsFile(string value) =>
        !SeriesProfiles.TryFind(value, out _)
        && (value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || value.Contains('/') || File.Exists(value));

    /// <summary>The choice, or false after saying on stderr in one line why the profile or outlet file cannot be used.</summary>
    public static bool TryLoad(string? profile, string? outlets, out ProfileChoice choice)
    {
        choice = ProfileChoice.BuiltIn;
        string? failing = profile;
        try
        {
            if (profile is not null)
            {
                if (SeriesProfiles.TryFind(profile, out var builtIn))
                    choice = builtIn;
                else if (IsFile(profile))
                    choice = ProfileChoice.Of(ProfileFile.Parse(SideFile.ReadText(profile, SideFile.MaxYamlBytes)));
                else
                {
                    Console.Error.WriteLine($"spotlight: --profile: no built-in profile '{profile}' (built-in: "
                        + $"{string.Join(", ", SeriesProfiles.BuiltIn.Select(p => p.Id))}), and no such file");
                    return false;
                }
            }
            failing = outlets;
            if (outlets is not null)
            {
                var entries = OutletFile.Parse(SideFile.ReadText(outlets, SideFile.MaxYamlBytes));
                choice = choice.Select(p => p.WithOutlets(entries));
            }
            return true;
        }
        catch (Exception e) when (e is ProfileFileException or OutletFileException or SideFileException)
        {
            Console.Error.WriteLine($"spotlight: {failing}: {e.Message}");
        }
        return false;
    }
}
