namespace Spotlight.Vocabulary;

/// <summary>
/// English words of four letters or more (Data/words.txt, from SCOWL), loaded on first use:
/// only a hyphen at a line break needs them.
/// </summary>
public sealed class WordList(Func<IEnumerable<string>> load)
{
    private readonly Lazy<HashSet<string>> _words = new(() => new HashSet<string>(load(), StringComparer.OrdinalIgnoreCase));

    public bool Contains(string word) => _words.Value.Contains(word);
}
