using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Which profile reads a report: always the one given (<c>--profile</c>), or the one whose title the report's
/// title line holds, else a fallback.
/// </summary>
public sealed class ProfileChoice
{
    private readonly IReadOnlyList<SeriesProfile> _candidates;
    private readonly SeriesProfile _fallback;

    private ProfileChoice(IReadOnlyList<SeriesProfile> candidates, SeriesProfile fallback) =>
        (_candidates, _fallback) = (candidates, fallback);

    private static readonly Lazy<ProfileChoice> BuiltInChoice =
        new(() => ByTitle(SeriesProfiles.BuiltIn, SeriesProfiles.Default));

    /// <summary>The built-in profile whose title the report holds, Spotlight on Iran when none: reading without <c>--profile</c>.</summary>
    public static ProfileChoice BuiltIn => BuiltInChoice.Value;

    /// <summary>
    /// How reports are read with a user's profile file: over its base, or, with none named, over each built-in
    /// profile, the report's title choosing (a title of the file's own picks the default base).
    /// </summary>
    public static ProfileChoice Of(ProfileOverlay overlay) => overlay.Base is { } fixedBase
        ? Fixed(overlay.On(fixedBase))
        : BuiltIn.Select(overlay.On);

    public static ProfileChoice Fixed(SeriesProfile profile) => new([], profile);

    /// <param name="candidates">Searched in this order on each line of the header, the first line holding a title deciding.</param>
    public static ProfileChoice ByTitle(IReadOnlyList<SeriesProfile> candidates, SeriesProfile fallback) => new(candidates, fallback);

    public static implicit operator ProfileChoice(SeriesProfile profile) => Fixed(profile);

    /// <summary>Every profile this choice may give: the candidates and the fallback.</summary>
    public IEnumerable<SeriesProfile> Profiles => _candidates.Append(_fallback).Distinct();

    public SeriesProfile For(SourceText source) =>
        _candidates.Count == 0 ? _fallback : HeaderParser.ProfileOfTitle(source, _candidates) ?? _fallback;

    /// <summary>The same choice over profiles changed alike (a user's outlets added to each).</summary>
    public ProfileChoice Select(Func<SeriesProfile, SeriesProfile> change)
    {
        var changed = new Dictionary<SeriesProfile, SeriesProfile>();
        SeriesProfile Changed(SeriesProfile profile) =>
            changed.TryGetValue(profile, out var done) ? done : changed[profile] = change(profile);
        return new([.. _candidates.Select(Changed)], Changed(_fallback));
    }
}
