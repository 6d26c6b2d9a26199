using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Spotlight.SampleBuilder;

/// <summary>What the layout did, for the builder's log: page count, paragraphs cut by a page break
/// and, where the text sets the page breaks, the room left at the foot of each page.</summary>
internal sealed record PdfLayout(byte[] Bytes, int Pages, IReadOnlyList<string> Crossings, IReadOnlyList<string> PageEnds);

/// <summary>
/// Lays the report out as a plain A4 document, the way the source PDFs of the text samples
/// were: running header and page number on each page (which a reader must drop) and paragraphs
/// that flow across page breaks (which a reader must join again). A sample that is a converter's
/// copy of its PDF (<see cref="PdfStyle.TextLines"/>) is set line for line instead: its hard
/// wraps, its page breaks, its footers and its footnotes are where its text has them.
/// </summary>
internal sealed class PdfTwin
{
    public const string RunningHeader = "Spotlight on Iran";
    public const string RegularFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    public const string BoldFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

    // Page furniture sits outside [BodyBottom, BodyTop]; the check uses these bounds to drop it.
    // The bounds also decide where pages break: with these, every sample has a paragraph cut by
    // a page break (the builder fails when one has none), and no caption or heading is orphaned.
    public const double BodyTop = PageHeight - 72;
    public const double BodyBottom = 60;
    // A4 in points.
    private const double PageWidth = 595;
    private const double PageHeight = 842;
    private const double RunningHeaderBaseline = PageHeight - 40;
    private const double PageNumberBaseline = 36;
    private const double Margin = 60;

    private const double BodySize = 11;
    private const double HeadingSize = 14;
    private const double TitleSize = 18;
    private const double CaptionSize = 9;
    private const double FurnitureSize = 9;
    private const double Leading = 1.3;
    private const double BodyLine = BodySize * Leading;

    private readonly PdfDocumentBuilder builder = new();
    private readonly PdfDocumentBuilder.AddedFont regular;
    private readonly PdfDocumentBuilder.AddedFont bold;
    private readonly List<string> crossings = [];
    private readonly List<string> pageEnds = [];
    private PdfPageBuilder page = null!;
    private double y;

    private PdfTwin()
    {
        regular = builder.AddTrueTypeFont(ReadFont(RegularFontPath));
        bold = builder.AddTrueTypeFont(ReadFont(BoldFontPath));
        // No dates or producer in the output, so rebuilding gives the same bytes.
        builder.IncludeDocumentInformation = false;
    }

    public static PdfLayout Build(IReadOnlyList<Block> blocks, PdfStyle style)
    {
        var twin = new PdfTwin();
        if (style == PdfStyle.TextLines)
        {
            twin.SetLines(blocks);
        }
        else
        {
            twin.NewPage();
            foreach (var block in blocks)
            {
                twin.Add(block);
            }
        }
        return new PdfLayout(StableId(twin.builder.Build()), twin.builder.Pages.Count, twin.crossings, twin.pageEnds);
    }

    // PdfPig fills the trailer /ID with random GUIDs, the only thing that differs between two
    // builds. The ID only has to identify the file, so a hash of everything before the trailer
    // serves; it has the same length, so no offset moves.
    private static byte[] StableId(byte[] pdf)
    {
        var marker = "/ID [ <"u8;
        int at = pdf.AsSpan().LastIndexOf(marker);
        const int hexLength = 32;
        if (at < 0 || at + marker.Length + 2 * hexLength + 2 >= pdf.Length)
        {
            return pdf;
        }
        var hash = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(pdf.AsSpan(0, at)));
        var id = System.Text.Encoding.ASCII.GetBytes(hash);
        int first = at + marker.Length;
        int second = first + hexLength + 2; // past "><"
        if (pdf[first + hexLength] != (byte)'>' || pdf[second - 1] != (byte)'<')
        {
            return pdf;
        }
        id.CopyTo(pdf, first);
        id.CopyTo(pdf, second);
        return pdf;
    }

    private static byte[] ReadFont(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"font not found: {path}. The PDF twins need DejaVu Sans for the bullet glyphs; "
                + "install it with `apt-get install fonts-dejavu-core`.", path);
        }
        return File.ReadAllBytes(path);
    }

    private void Add(Block block)
    {
        if (block.Mark is not null || block.Kind is BlockKind.SiteText or BlockKind.PageLine or BlockKind.Footnote or BlockKind.Continuation)
        {
            throw new InvalidOperationException($"the flowing layout has no place for {block.Kind} \"{block.Text}\" (mark: {block.Mark ?? "none"})");
        }
        switch (block.Kind)
        {
            case BlockKind.Title:
                Flow(block.Text, TitleSize, bold, gapBefore: 0);
                break;
            case BlockKind.Period:
            case BlockKind.Author:
                Flow(block.Text, BodySize, regular, gapBefore: BodyLine * 0.5);
                break;
            case BlockKind.Label:
            case BlockKind.Heading:
                // Keep a heading with at least two lines of what follows it.
                var needed = BodyLine * 1.5 + HeadingSize * Leading + BodyLine * 0.5 + BodyLine * 2;
                if (y - needed < BodyBottom)
                {
                    NewPage();
                }
                Flow(block.Text, HeadingSize, bold, gapBefore: BodyLine * 1.5);
                y -= BodyLine * 0.5;
                break;
            case BlockKind.Caption:
                // A caption the text writes twice is set once: the text's other copy is the image's alt.
                Flow(block.Text, CaptionSize, regular, gapBefore: BodyLine * 2, keepTogether: true);
                y -= BodyLine;
                break;
            case BlockKind.Bullet:
                Flow(block.Text, BodySize, regular, gapBefore: BodyLine, glyph: block.Glyph);
                break;
            default:
                Flow(block.Text, BodySize, regular, gapBefore: BodyLine);
                break;
        }
    }

    // Writes one block, wrapped at spaces only; a bullet's glyph opens the first line and the
    // following lines hang under the text after it.
    private void Flow(string text, double size, PdfDocumentBuilder.AddedFont font, double gapBefore,
        string? glyph = null, bool keepTogether = false)
    {
        if (y < BodyTop)
        {
            y -= gapBefore;
        }
        var prefix = glyph is null ? "" : glyph + " ";
        var indent = Width(prefix, size, font);
        var lineHeight = size * Leading;
        var lines = Wrap(text, size, font, PageWidth - 2 * Margin - indent).ToList();
        // A caption cut in two would no longer be one caption.
        if (keepTogether && y - lines.Count * lineHeight < BodyBottom)
        {
            NewPage();
        }
        int firstPage = 0;
        bool first = true;
        foreach (var line in lines)
        {
            if (y - lineHeight < BodyBottom)
            {
                NewPage();
            }
            var baseline = y - size;
            if (first)
            {
                firstPage = builder.Pages.Count;
                page.AddText(prefix + line, size, new PdfPoint(Margin, baseline), font);
            }
            else
            {
                page.AddText(line, size, new PdfPoint(Margin + indent, baseline), font);
            }
            first = false;
            y -= lineHeight;
        }
        if (builder.Pages.Count != firstPage)
        {
            var opening = string.Join(" ", text.Split(' ').Take(8));
            crossings.Add($"page {firstPage}→{builder.Pages.Count}: \"{prefix}{opening} …\"");
        }
    }

    private IEnumerable<string> Wrap(string text, double size, PdfDocumentBuilder.AddedFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(candidate, size, font) > width)
            {
                yield return line;
                candidate = word;
            }
            line = candidate;
        }
        if (line.Length > 0)
        {
            yield return line;
        }
    }

    private double Width(string text, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (text.Length == 0)
        {
            return 0;
        }
        IReadOnlyList<Letter> letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    private void NewPage()
    {
        page = builder.AddPage(PageWidth, PageHeight);
        page.AddText(RunningHeader, FurnitureSize, new PdfPoint(Margin, RunningHeaderBaseline), regular);
        var number = builder.Pages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        page.AddText(number, FurnitureSize, new PdfPoint((PageWidth - Width(number, FurnitureSize, regular)) / 2, PageNumberBaseline), regular);
        y = BodyTop;
    }

    // --- The TextLines style: the PDF a converter's text was taken from, line for line. ---
    // No running header; the body stops above the footnote and the footer, which stay below
    // BodyBottom so that the check tells them apart from the body.
    private const double LinesMargin = 50;
    private const double LinesBodySize = 10.5;
    private const double LinesLeading = 16.5;
    private const double LinesBottom = 72;
    private const double FootnoteBaseline = 45;
    private const double FootnoteSize = 8;
    private const double FooterBaseline = 30;
    private const double MarkSize = 7;
    private const double MarkRise = 3;

    private void SetLines(IReadOnlyList<Block> blocks)
    {
        page = builder.AddPage(PageWidth, PageHeight);
        y = BodyTop;
        double itemIndent = 0;
        string? cut = null;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var lines = block.Lines ?? [block.Text];
            switch (block.Kind)
            {
                case BlockKind.Title:
                    SetLine(block.Text, TitleSize, bold, LinesMargin, gapBefore: 0);
                    break;
                case BlockKind.Period:
                case BlockKind.Author:
                    // Set close under the title, like one paragraph, where the text has no blank line.
                    SetLine(block.Text, BodySize, regular, LinesMargin, gapBefore: block.Tight ? 0 : LinesLeading * 0.5);
                    break;
                case BlockKind.Label:
                case BlockKind.Heading:
                    var end = SetLine(block.Text, HeadingSize - 1.5, bold, LinesMargin, gapBefore: LinesLeading * 1.2);
                    if (block.Mark is not null)
                    {
                        // A superscript: raised and small, right after the last letter.
                        page.AddText(block.Mark, MarkSize, new PdfPoint(end.X + 0.3, end.Y + MarkRise), bold);
                    }
                    y -= LinesLeading * 0.3;
                    break;
                case BlockKind.Bullet:
                    var prefix = block.Glyph + " ";
                    itemIndent = Width(prefix, LinesBodySize, regular);
                    SetLine(prefix + lines[0], LinesBodySize, regular, LinesMargin, gapBefore: LinesLeading * 0.5);
                    foreach (var line in lines.Skip(1))
                    {
                        SetLine(line, LinesBodySize, regular, LinesMargin + itemIndent, gapBefore: 0);
                    }
                    cut = $"{prefix}{string.Join(" ", block.Text.Split(' ').Take(8))} …";
                    break;
                case BlockKind.Paragraph:
                    itemIndent = 0;
                    for (int k = 0; k < lines.Count; k++)
                    {
                        SetLine(lines[k], LinesBodySize, regular, LinesMargin, gapBefore: k == 0 ? LinesLeading * 0.5 : 0);
                    }
                    cut = $"{string.Join(" ", block.Text.Split(' ').Take(8))} …";
                    break;
                case BlockKind.Continuation:
                    foreach (var line in lines)
                    {
                        SetLine(line, LinesBodySize, regular, LinesMargin + itemIndent, gapBefore: 0);
                    }
                    crossings.Add($"page {builder.Pages.Count - 1}→{builder.Pages.Count}: \"{cut}\"");
                    break;
                case BlockKind.Caption:
                    SetLine(block.Text, CaptionSize, regular, LinesMargin, gapBefore: LinesLeading * 1.5);
                    y -= LinesLeading * 0.5;
                    break;
                case BlockKind.PageLine:
                    var footnotes = blocks.Skip(i + 1).TakeWhile(b => b.Kind == BlockKind.Footnote).ToList();
                    EndPage(block.Text, footnotes);
                    i += footnotes.Count;
                    if (i + 1 < blocks.Count)
                    {
                        page = builder.AddPage(PageWidth, PageHeight);
                        y = BodyTop;
                    }
                    break;
                default:
                    throw new InvalidOperationException($"no place for {block.Kind} \"{block.Text}\" in a PDF");
            }
        }
        if (blocks[^1].Kind is not (BlockKind.PageLine or BlockKind.Footnote))
        {
            throw new InvalidDataException("the text of a PDF copy ends with the last page's footer line");
        }
    }

    // One line as the text has it, never wrapped: a line too long for the page is an error in the sample.
    private PdfPoint SetLine(string text, double size, PdfDocumentBuilder.AddedFont font, double x, double gapBefore)
    {
        var leading = size == LinesBodySize ? LinesLeading : size * Leading;
        if (y < BodyTop)
        {
            y -= gapBefore;
        }
        if (y - leading < LinesBottom)
        {
            throw new InvalidDataException(
                $"page {builder.Pages.Count} is full before its page line, at \"{text}\": move the page line up");
        }
        if (x + Width(text, size, font) > PageWidth - LinesMargin)
        {
            throw new InvalidDataException($"line too long for the page ({Width(text, size, font):0} pt): \"{text}\"");
        }
        var letters = page.AddText(text, size, new PdfPoint(x, y - size), font);
        y -= leading;
        return letters[^1].EndBaseLine;
    }

    // The page's foot: its footer (document number left, page number right), then its footnotes
    // above it under a short rule, in that order in the content, as the text has them.
    private void EndPage(string pageLine, IReadOnlyList<Block> footnotes)
    {
        var match = SampleText.PageLine().Match(pageLine);
        var number = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (number != builder.Pages.Count)
        {
            throw new InvalidDataException($"page line \"{pageLine}\" ends page {builder.Pages.Count}");
        }
        pageEnds.Add($"page {number}: {y - LinesBottom:0} pt left above the foot, {(y - LinesBottom) / LinesLeading:0.0} lines");
        page.AddText(match.Groups[1].Value, FurnitureSize, new PdfPoint(LinesMargin, FooterBaseline), regular);
        var numberText = match.Groups[2].Value;
        page.AddText(numberText, FurnitureSize, new PdfPoint(PageWidth - LinesMargin - Width(numberText, FurnitureSize, regular), FooterBaseline), regular);
        if (footnotes.Count == 0)
        {
            return;
        }
        var ruleY = FootnoteBaseline + footnotes.Count * FootnoteSize * Leading + 1.6;
        page.DrawLine(new PdfPoint(LinesMargin, ruleY), new PdfPoint(LinesMargin + 150, ruleY), 0.5);
        for (int k = 0; k < footnotes.Count; k++)
        {
            var baseline = FootnoteBaseline + (footnotes.Count - 1 - k) * FootnoteSize * Leading;
            if (Width(footnotes[k].Text, FootnoteSize, regular) > PageWidth - 2 * LinesMargin)
            {
                throw new InvalidDataException($"footnote too long for one line: \"{footnotes[k].Text}\"");
            }
            page.AddText(footnotes[k].Text, FootnoteSize, new PdfPoint(LinesMargin, baseline), regular);
        }
    }
}
