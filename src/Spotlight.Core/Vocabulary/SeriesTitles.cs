namespace Spotlight.Vocabulary;

/// <summary>Titles of the series the tool knows (Data/series-titles.txt).</summary>
public static class SeriesTitles
{
    private static readonly string[] Titles = EmbeddedData.Lines("series-titles.txt").ToArray();

    /// <summary>The known title a line holds as whole words, as the line writes it, and where it stands.</summary>
    public static bool TryFind(string line, out string title, out int index)
    {
        foreach (string known in Titles)
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
