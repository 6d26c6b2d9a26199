namespace Spotlight.Vocabulary;

/// <summary>The titles a series stands under on a report's title line (Data/series-titles.txt for the Iran series).</summary>
public sealed class SeriesTitles(IEnumerable<string> titles)
{
    private readonly string[] _titles = titles.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    public IReadOnlyList<string> All => _titles;

    public SeriesTitles With(IEnumerable<string> titles) => new(_titles.Concat(titles));

    /// <summary>The known title a line holds as whole words, as the line writes it, and where it stands.</summary>
    public bool TryFind(string line, out string title, out int index)
    {
        foreach (string known in _titles)
        {
            for (int at = line.IndexOf(known, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = line.IndexOf(known, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                int end = at + known.Length;
                if ((at == 0 || !char.IsLetterOrDigit(line[at - 1])) && (end == line.Length || !char.IsLetter(line[end])))
                {
                    (title, index) = (line.Substring(at, known.Length), at);
                    return true;
                }
            }
        }
        (title, index) = ("", -1);
        return false;
    }
}
