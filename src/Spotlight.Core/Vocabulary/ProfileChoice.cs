using Spotlight.Parsing;
using Spotlight.Text;

namespace Spotlight.Vocabulary;

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
