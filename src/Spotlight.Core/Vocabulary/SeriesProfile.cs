
namespace Spotlight.Vocabulary;

/// <summary>
/// Everything a series teaches the parser: its titles, summary labels, section headings, honorifics, outlets,
/// author roles, media words, month names and the word list for hyphens at line breaks. The tables other than the titles are
/// built on first use, so that choosing a profile by its title reads nothing else.
/// </summary>
public sealed class SeriesProfile
{
    private readonly Lazy<SummaryLabels> _summaryLabels;
    private readonly Lazy<SectionTable> _sections;
    private readonly Lazy<Honorifics> _honorifics;
    private readonly Lazy<AuthorRoles> _authorRoles;
    private readonly Lazy<OutletTable> _outlets;
    private readonly Lazy<MediaWords> _mediaWords;
    private readonly Lazy<Months> _months;

    /// <param name="id">What the tree's <c>report.profile</c> says: lower case, words joined by hyphens.</param>
    public SeriesProfile(string id, string name, SeriesTitles titles, Func<SummaryLabels> summaryLabels,
        Func<SectionTable> sections, Func<Honorifics> honorifics, Func<AuthorRoles> authorRoles, Func<OutletTable> outlets, Func<MediaWords> mediaWords,
        Func<Months> months, WordList words)
    {
        Id = id;
        Name = name;
        Titles = titles;
        _summaryLabels = new(summaryLabels);
        _sections = new(sections);
        _honorifics = new(honorifics);
        _authorRoles = new(authorRoles);
        _outlets = new(outlets);
        _mediaWords = new(mediaWords);
        _months = new(months);
        Words = words;
    }

    public string Id { get; }

    public string Name { get; }

    public SeriesTitles Titles { get; }

    public SummaryLabels SummaryLabels => _summaryLabels.Value;

    /// <summary>The arenas and the heading prefixes that name one.</summary>
    public SectionTable Sections => _sections.Value;

    public Honorifics Honorifics => _honorifics.Value;

    /// <summary>The words that open an author line ("Editor:", "By").</summary>
    public AuthorRoles AuthorRoles => _authorRoles.Value;

    public OutletTable Outlets => _outlets.Value;

    public MediaWords MediaWords => _mediaWords.Value;

    public Months Months => _months.Value;

    public WordList Words { get; }

    /// <summary>This profile with a user's outlets on top (<c>--outlets FILE.yml</c>); its tables are not read until used.</summary>
    public SeriesProfile WithOutlets(IReadOnlyList<OutletEntry> entries) =>
        entries.Count == 0 ? this : new(Id, Name, Titles, () => SummaryLabels, () => Sections, () => Honorifics, () => AuthorRoles,
            () => Outlets.With(entries), () => MediaWords, () => Months, Words);

    public override string ToString() => Id;
}
