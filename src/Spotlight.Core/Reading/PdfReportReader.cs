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

    /// <summary>PdfPig recurses through the objects it resolves; its own thread has room to spare for that.</summary>
    private const int ReaderStackBytes = 64 << 20;

    /// <summary>Past this, no further page is read (PdfPig cannot be stopped inside a page).</summary>
    internal static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);

    public SourceText Read(ReadOnlySpan<byte> bytes)
    {
        byte[] copy = bytes.ToArray();
        // Loops and budgets are checked on the raw objects first: a reference loop would overflow any stack.
        PdfPreScan.Check(copy);
        var pages = OnLargeStack(() => ReadPages(copy));
        if (pages.All(p => p.Count == 0))
            throw new ReportReadException("PDF has no text layer (scanned pages?)");

        var furniture = PageFurniture.Find(pages);
        var text = new StringBuilder();
        var hints = new List<LineHint>();
        var pageStarts = new List<int>();
        // The line on its page of each line written, for findings to name as a reader of the PDF counts; 0 for a blank.
        var pageLines = new List<int>();
        double bodySize = BodyFontSize(pages);
        double pitch = LinePitch(pages, bodySize);

        foreach (var page in pages)
        {
            pageStarts.Add(hints.Count + 1);
            PdfLine? above = null;
            LineHint aboveHint = LineHint.None;
            int onPage = 0;
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
                    pageLines.Add(0);
                }
                text.Append(line.Text).Append('\n');
                hints.Add(hint);
                pageLines.Add(++onPage);
                (above, aboveHint) = (line, hint);
            }
        }
        // Words that are only spaces, or lines that were all running headers, leave nothing to parse.
        string result = text.ToString();
        if (result.AsSpan().IsWhiteSpace() || !pages.Any(page => page.Any(l => !furniture.Contains(l) && !string.IsNullOrWhiteSpace(l.Text))))
            throw new ReportReadException("PDF has no text layer (scanned pages?)");
        return SourceText.From(result).WithPages(pageStarts).WithHints(hints).WithInputLines([.. pageLines]);
    }

    private static List<List<PdfLine>> ReadPages(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
            var pages = new List<List<PdfLine>>();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            long letters = 0;
            foreach (var page in document.GetPages())
            {
                letters += page.Letters.Count;
                if (letters > PdfPreScan.MaxGlyphs)
                    throw new ReportReadException($"PDF draws more than {PdfPreScan.MaxGlyphs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} glyphs (a report has far fewer)");
                pages.Add(PdfLine.LinesOf(page));
                if (clock.Elapsed > TimeBudget)
                    throw new ReportReadException($"PDF takes more than {TimeBudget.TotalSeconds:0} s to read (stopped after page {page.Number})");
            }
            return pages;
        }
        catch (ReportReadException)
        {
            throw;
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
    }

    /// <summary>Runs <paramref name="read"/> on a thread of its own with a large stack, and hands back what it returns or throws.</summary>
    private static T OnLargeStack<T>(Func<T> read)
    {
        T result = default!;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = read();
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }, ReaderStackBytes) { IsBackground = true, Name = "spotlight-pdf" };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
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
