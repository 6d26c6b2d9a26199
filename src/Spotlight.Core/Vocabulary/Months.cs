namespace Spotlight.Vocabulary;

/// <summary>Month names and their abbreviations, as a profile's table gives them (Data/months.tsv for the built-ins).</summary>
public sealed class Months
{
    private readonly Dictionary<string, int> _byName;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="names">Later names take over earlier ones, so that a user's table can correct a built-in one.</param>
    public Months(IEnumerable<(string Name, int Number)> names)
    {
        _byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, number) in names)
            _byName[name] = number;
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The names of this table with more added (or renumbered).</summary>
    public Months With(IEnumerable<(string Name, int Number)> names) =>
        new(_byName.Select(pair => (pair.Key, pair.Value)).Concat(names));

    /// <summary>The month number (1–12) a word names, ignoring case and a final full stop.</summary>
    public bool TryParse(ReadOnlySpan<char> word, out int month)
    {
        word = word.TrimEnd('.');
        return _lookup.TryGetValue(word, out month);
    }
}
