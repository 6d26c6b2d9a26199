namespace Spotlight.Vocabulary;

/// <summary>Titles that precede an author's name (Data/honorifics.txt for the built-ins).</summary>
public sealed class Honorifics
{
    private readonly string[] _titles;

    public Honorifics(IEnumerable<string> titles) =>
        // Longest first, so that "Brig. Gen." is split off whole rather than as "Brig.".
        _titles = titles.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length).ToArray();

    public Honorifics With(IEnumerable<string> titles) => new(_titles.Concat(titles));

    /// <summary>Splits "Dr. Raz Zimmt" into ("Dr.", "Raz Zimmt").</summary>
    public (string? Honorific, string Name) Split(string fullName)
    {
        foreach (var title in _titles)
        {
            if (fullName.Length > title.Length
                && fullName.StartsWith(title, StringComparison.OrdinalIgnoreCase)
                && (fullName[title.Length] == ' ' || title.EndsWith('.')))
            {
                return (fullName[..title.Length], fullName[title.Length..].Trim());
            }
        }
        return (null, fullName);
    }
}
