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
            lines.Add(new PdfLine(string.Join(' ', ordered.Select(w => w.Text)), baseline,
                ordered.Min(w => w.BoundingBox.Left), size, page.Number));
        }
        return lines;
    }

    /// <summary>Words whose baselines lie within a third of a line's height of each other share a line.</summary>
    private static IEnumerable<List<Word>> Cluster(List<Word> words)
    {
        var sorted = words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        double baseline = double.NaN;
        foreach (var word in sorted)
        {
            double tolerance = Math.Max(word.BoundingBox.Height, 1) / 3;
            if (current.Count > 0 && Math.Abs(word.BoundingBox.Bottom - baseline) > tolerance)
            {
                yield return current;
                current = [];
            }
            if (current.Count == 0)
                baseline = word.BoundingBox.Bottom;
            current.Add(word);
        }
        if (current.Count > 0)
            yield return current;
    }
}
