namespace Spotlight.Reading;

/// <summary>Running headers and footers: page numbers, and lines repeated at the top or foot of most pages.</summary>
internal static class PageFurniture
{
    public static HashSet<PdfLine> Find(List<List<PdfLine>> pages)
    {
        var furniture = new HashSet<PdfLine>(ReferenceEqualityComparer.Instance);
        var edges = pages.Where(p => p.Count > 0).SelectMany(Edges).ToList();
        var repeated = edges.GroupBy(l => DigitsOut(l.Text)).Where(g => g.Count() > 1 && g.Count() * 2 >= pages.Count * 1)
            .Select(g => g.Key).ToHashSet();
        foreach (var page in pages.Where(p => p.Count > 0))
        {
            foreach (var edge in Edges(page))
            {
                if (IsPageNumber(edge.Text) || (pages.Count > 1 && repeated.Contains(DigitsOut(edge.Text))))
                    furniture.Add(edge);
            }
        }
        return furniture;
    }

    // A page of one line has that line as its top and its foot; counted twice, it would repeat on its own.
    private static PdfLine[] Edges(List<PdfLine> page) => page.Count == 1 ? [page[0]] : [page[0], page[^1]];

    private static bool IsPageNumber(string text) =>
        text.Trim().TrimStart('-', '–', ' ').TrimEnd('-', '–', ' ') is { Length: > 0 and <= 12 } t
        && (t.All(char.IsDigit) || t.StartsWith("Page ", StringComparison.OrdinalIgnoreCase) && t[5..].Trim().All(c => char.IsDigit(c) || c is ' ' or '/' || char.IsLetter(c)));

    // "Spotlight on Iran 3" and "Spotlight on Iran 4" are the same running header.
    private static string DigitsOut(string text) => new(text.Where(c => !char.IsDigit(c)).ToArray());
}
