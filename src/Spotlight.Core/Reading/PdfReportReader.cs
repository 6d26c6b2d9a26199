using System.Text;
using Spotlight.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Spotlight.Reading;

/// <summary>
/// Reads a report published as PDF: words grouped into lines and lines into blocks by the gaps between
/// them, running headers and page numbers dropped, smaller type set apart as captions. Each page's
/// first line is remembered, so that items and figures can say on which pages they stand.
/// </summary>
public sealed class PdfReportReader : IReportReader
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
        var pageStarts = new List<int>();
        int line = 1;
        double bodySize = BodyFontSize(pages);
        double pitch = LinePitch(pages, bodySize);

        foreach (var page in pages)
        {
            pageStarts.Add(line);
            var kept = page.Where(l => !furniture.Contains(l)).ToList();
            for (int i = 0; i < kept.Count; i++)
            {
                int blanks = i == 0 ? (line == 1 ? 0 : 1) : BlankLinesBetween(kept[i - 1], kept[i], bodySize, pitch);
                for (int b = 0; b < blanks; b++, line++)
                    text.Append('\n');
                text.Append(kept[i].Text).Append('\n');
                line++;
            }
        }
        // Words that are only spaces, or lines that were all running headers, leave nothing to parse.
        string result = text.ToString();
        if (result.AsSpan().IsWhiteSpace())
            throw new ReportReadException("PDF has no text layer (scanned pages?)");
        return SourceText.From(result).WithPages(pageStarts);
    }

    /// <summary>
    /// The lines of a paragraph follow at one line's height; a wider gap ends a paragraph; a change into
    /// smaller type (a caption) is set apart by three blank lines before it, as the text of such reports shows it.
    /// </summary>
    private static int BlankLinesBetween(PdfLine above, PdfLine below, double bodySize, double pitch)
    {
        bool aboveSmall = above.FontSize < bodySize * 0.9, belowSmall = below.FontSize < bodySize * 0.9;
        if (belowSmall && !aboveSmall)
            return 3;
        if (aboveSmall && !belowSmall)
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
