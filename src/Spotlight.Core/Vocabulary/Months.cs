namespace Spotlight.Vocabulary;

/// <summary>Month names and their abbreviations, from Data/months.tsv.</summary>
public static class Months
{
    private static readonly Dictionary<string, int> ByName =
        EmbeddedData.Rows("months.tsv").ToDictionary(row => row[0], row => int.Parse(row[1]), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number (1–12) a word names, ignoring case and a final full stop.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out int month)
    {
        word = word.TrimEnd('.');
        return Lookup.TryGetValue(word, out month);
    }
}
