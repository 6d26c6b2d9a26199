namespace Spotlight.Vocabulary;

/// <summary>Titles that precede an author's name (Data/honorifics.txt).</summary>
public static class Honorifics
{
    private static readonly string[] Titles =
        EmbeddedData.Lines("honorifics.txt").OrderByDescending(t => t.Length).ToArray();

    /// <summary>Splits "Dr. Raz Zimmt" into ("Dr.", "Raz Zimmt").</summary>
    public static (string? Honorific, string Name) Split(string fullName)
    {
        foreach (var title in Titles)
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
