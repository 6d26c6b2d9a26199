using UglyToad.PdfPig.Content;

namespace Spotlight.Reading;

/// <summary>One line of words on a page, with its box and font size.</summary>
internal sealed record PdfLine(string Text, double Baseline, double Left, double FontSize, int Page)
{
    /// <summary>Words in reading order: top to bottom by baseline, left to right within a line.</summary>
    public static List<PdfLine> LinesOf(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var lines = new List<PdfLine>();
        foreach (var group in Cluster(words))
        {
            var ordered = group.OrderBy(w => w.BoundingBox.Left).ToList();
            double size = ordered.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(10).Average();
            double baseline = ordered.SelectMany(w => w.Letters).Select(l => l.StartBaseLine.Y).DefaultIfEmpty(ordered[0].BoundingBox.Bottom).Max();
            lines.Add(new PdfLine(TextOf(ordered), baseline, ordered.Min(w => w.BoundingBox.Left), size, page.Number));
        }
        return lines;
    }

    /// <summary>
    /// The words of a line, a space apart; a footnote number set small and raised after a word is glued to it
    /// ("week¹" is extracted as "week1", as a converter writes it), so that it reads as the mark it is.
    /// </summary>
    private static string TextOf(List<Word> ordered)
    {
        double lineSize = ordered.SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(10).Max();
        double lineBottom = ordered.Min(w => w.BoundingBox.Bottom);
        var text = new System.Text.StringBuilder();
        foreach (var word in ordered)
        {
            bool superscript = text.Length > 0 && word.Text.All(char.IsAsciiDigit) && word.Letters.Count > 0
                && word.Letters.Max(l => l.PointSize) < lineSize * 0.8 && word.BoundingBox.Bottom > lineBottom + 1;
            if (text.Length > 0 && !superscript)
                text.Append(' ');
            text.Append(word.Text);
        }
        return text.ToString();
    }

    /// <summary>
    /// Words whose bottoms lie within half the line's height of each other share a line; the tallest word seen
    /// sets the height, so that a raised footnote number does not split its line.
    /// </summary>
    private static IEnumerable<List<Word>> Cluster(List<Word> words)
    {
        var sorted = words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        double baseline = double.NaN, height = 1;
        foreach (var word in sorted)
        {
            double tolerance = Math.Max(Math.Max(word.BoundingBox.Height, height), 1) / 2;
            if (current.Count > 0 && Math.Abs(word.BoundingBox.Bottom - baseline) > tolerance)
            {
                yield return current;
                current = [];
            }
            if (current.Count == 0)
                (baseline, height) = (word.BoundingBox.Bottom, 1);
            height = Math.Max(height, word.BoundingBox.Height);
            current.Add(word);
        }
        if (current.Count > 0)
            yield return current;
    }
}
