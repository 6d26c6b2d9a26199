namespace Spotlight.Vocabulary;

/// <summary>
/// The profiles built into the tool (Data/profiles.txt names their manifests); the first is the default.
/// </summary>
public static class SeriesProfiles
{
    public const string DefaultId = "spotlight-on-iran";

    private static readonly Lazy<SeriesProfile[]> Loaded =
        new(() => [.. EmbeddedData.Lines("profiles.txt").Select(BuiltInProfile.Load)]);

    public static IReadOnlyList<SeriesProfile> BuiltIn => Loaded.Value;

    public static SeriesProfile Default => Find(DefaultId);

    public static SeriesProfile Iran => Default;

    public static SeriesProfile GlobalJihad => Find("spotlight-on-global-jihad");

    /// <summary>A built-in profile by its id or its name, ignoring case.</summary>
    public static bool TryFind(string idOrName, out SeriesProfile profile)
    {
        profile = BuiltIn.FirstOrDefault(p => string.Equals(p.Id, idOrName.Trim(), StringComparison.OrdinalIgnoreCase)
                                             || string.Equals(p.Name, idOrName.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return profile is not null;
    }

    private static SeriesProfile Find(string id) =>
        TryFind(id, out var profile) ? profile : throw new InvalidOperationException($"built-in profile {id} is missing from the build");
}
