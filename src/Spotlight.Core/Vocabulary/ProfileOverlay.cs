
namespace Spotlight.Vocabulary;

/// <summary>
/// What a user's profile file adds to a built-in profile: a name, and entries for its tables. An arena, outlet alias
/// or month of the file takes the place of the base's entry of the same name; everything else is added.
/// </summary>
/// <param name="Base">The built-in profile the file names, or null: then the one the report's title picks.</param>
public sealed record ProfileOverlay(
    string Name,
    SeriesProfile? Base,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> SummaryLabels,
    IReadOnlyList<string> HeadingPrefixes,
    IReadOnlyList<Arena> Arenas,
    IReadOnlyList<OutletEntry> Outlets,
    IReadOnlyList<string> Honorifics,
    IReadOnlyList<AuthorRoleWord> AuthorRoles,
    IReadOnlyList<(string Word, string Kind)> MediaWords,
    IReadOnlyList<(string Name, int Number)> Months)
{
    /// <summary>The profile this file describes over <paramref name="baseProfile"/>; the base's tables are read when first used.</summary>
    public SeriesProfile On(SeriesProfile baseProfile) => new(
        Slug.Of(Name), Name,
        baseProfile.Titles.With(Titles),
        () => baseProfile.SummaryLabels.With(SummaryLabels),
        () => baseProfile.Sections.With(Arenas, HeadingPrefixes),
        () => baseProfile.Honorifics.With(Honorifics),
        () => baseProfile.AuthorRoles.With(AuthorRoles),
        () => baseProfile.Outlets.With(Outlets),
        () => MediaWords.Count == 0 ? baseProfile.MediaWords : baseProfile.MediaWords.With(MediaWords),
        () => baseProfile.Months.With(Months),
        baseProfile.Words);
}
