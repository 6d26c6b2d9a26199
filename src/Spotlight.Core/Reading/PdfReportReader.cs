using System.Text;
using Spotlight.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Spotlight.Reading;

/// <summary>
/// Reads a report published as PDF: words grouped into lines and lines into blocks by the gaps between
/// them. What the page shows is passed on as line hints: running headers and page numbers are furniture,
/// smaller type is a caption, or a footnote where it opens with a footnote number. Each page's first line
/// is remembered, so that items and figures can say on which pages they stand.
/// </summary>
public sealed partial class PdfReportReader : IReportReader
{
    public string Format => "pdf";

    public SourceText Read(ReadOnlySpan<byte> bytes)
    {
        List<List<PdfLine>> pages;
        try
        {
            using var document = PdfDocument.Open(bytes.ToArray(), new ParsingOptions { UseLenientParsing = true });
            pages = document.GetPages().Select(PdfLine.LinesOf).ToList();
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ReportReadException("encrypted PDF (no password is tried)");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig fails in many ways on a broken file; for the user they are one thing.
            throw new ReportReadException($"damaged PDF ({e.Message})");
        }

        if (pages.All(p => p.Count == 0))
            throw new ReportReadException("PDF has no text layer (scanned pages?)");

        var furniture = PageFurniture.Find(pages);
        var text = new StringBuilder();
        var hints = new List<LineHint>();
        var pageStarts = new List<int>();
        double bodySize = BodyFontSize(pages);
        double pitch = LinePitch(pages, bodySize);

        foreach (var page in pages)
        {
            pageStarts.Add(hints.Count + 1);
            PdfLine? above = null;
            LineHint aboveHint = LineHint.None;
            foreach (var line in page)
            {
                var hint = HintOf(line, furniture, bodySize, above, aboveHint);
                int blanks = hints.Count == 0 ? 0
                    : above is null || hint == LineHint.Furniture || aboveHint == LineHint.Furniture ? 1
                    : BlankLinesBetween(above, line, bodySize, pitch);
                for (int b = 0; b < blanks; b++)
                {
                    text.Append('\n');
                    hints.Add(LineHint.None);
                }
                text.Append(line.Text).Append('\n');
                hints.Add(hint);
                (above, aboveHint) = (line, hint);
            }
        }
        // Words that are only spaces, or lines that were all running headers, leave nothing to parse.
        string result = text.ToString();
        if (result.AsSpan().IsWhiteSpace() || !pages.Any(page => page.Any(l => !furniture.Contains(l) && !string.IsNullOrWhiteSpace(l.Text))))
            throw new ReportReadException("PDF has no text layer (scanned pages?)");
        return SourceText.From(result).WithPages(pageStarts).WithHints(hints);
    }

    /// <summary>What the page says of a line: furniture where it repeats at the page's edge, smaller type a caption or a footnote.</summary>
    private static LineHint HintOf(PdfLine line, HashSet<PdfLine> furniture, double bodySize, PdfLine? above, LineHint aboveHint)
    {
        if (furniture.Contains(line))
            return LineHint.Furniture;
        if (!IsSmall(line, bodySize))
            return LineHint.None;
        if (above is not null && IsSmall(above, bodySize) && aboveHint is LineHint.Caption or LineHint.Footnote or LineHint.Continuation)
            return aboveHint == LineHint.Caption ? LineHint.Caption : LineHint.Continuation;
        return FootnoteOpening().IsMatch(line.Text) ? LineHint.Footnote : LineHint.Caption;
    }

    private static bool IsSmall(PdfLine line, double bodySize) => line.FontSize < bodySize * 0.9;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[0-9]{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*\p{Lu}")]
    private static partial System.Text.RegularExpressions.Regex FootnoteOpening();

    /// <summary>
    /// The lines of a paragraph follow at one line's height; a wider gap ends a paragraph, and so does a change
    /// of type size (a caption or a footnote in smaller type).
    /// </summary>
    private static int BlankLinesBetween(PdfLine above, PdfLine below, double bodySize, double pitch)
    {
        if (IsSmall(above, bodySize) != IsSmall(below, bodySize))
            return 1;
        return above.Baseline - below.Baseline > pitch * 1.4 ? 1 : 0;
    }

    /// <summary>The usual distance between the baselines of two lines of body text in a paragraph.</summary>
    private static double LinePitch(List<List<PdfLine>> pages, double bodySize)
    {
        var pitches = pages.SelectMany(page => page.Zip(page.Skip(1))
                .Where(p => Math.Abs(p.First.FontSize - bodySize) < 0.5 && Math.Abs(p.Second.FontSize - bodySize) < 0.5)
                .Select(p => Math.Round((p.First.Baseline - p.Second.Baseline) * 2) / 2))
            .Where(d => d > 0)
            .ToList();
        return pitches.Count == 0 ? bodySize * 1.2 : pitches.GroupBy(d => d).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>The most common font size, weighted by letters: the size of the body text.</summary>
    private static double BodyFontSize(List<List<PdfLine>> pages) =>
        pages.SelectMany(p => p).GroupBy(l => Math.Round(l.FontSize, 1)).MaxBy(g => g.Sum(l => l.Text.Length))?.Key ?? 10;
}
