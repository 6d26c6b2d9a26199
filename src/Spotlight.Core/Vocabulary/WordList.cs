namespace Spotlight.Vocabulary;

/// <summary>
/// English words of four letters or more (Data/words.txt, from SCOWL), loaded on first use:
/// only a hyphen at a line break needs them.
/// </summary>
public static class WordList
{
    private static readonly Lazy<HashSet<string>> Words =
        new(() => new HashSet<string>(EmbeddedData.Lines("words.txt"), StringComparer.OrdinalIgnoreCase));

    public static bool Contains(string word) => Words.Value.Contains(word);
}
