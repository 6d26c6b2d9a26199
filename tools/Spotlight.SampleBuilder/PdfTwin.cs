using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Spotlight.SampleBuilder;

/// <summary>What the layout did, for the builder's log: page count and paragraphs cut by a page break.</summary>
internal sealed record PdfLayout(byte[] Bytes, int Pages, IReadOnlyList<string> Crossings);

/// <summary>
/// Lays the report out as a plain A4 document, the way the source PDFs of the text samples
/// were: running header and page number on each page (which a reader must drop) and paragraphs
/// that flow across page breaks (which a reader must join again).
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
    private PdfPageBuilder page = null!;
    private double y;

    private PdfTwin()
    {
        regular = builder.AddTrueTypeFont(ReadFont(RegularFontPath));
        bold = builder.AddTrueTypeFont(ReadFont(BoldFontPath));
        // No dates or producer in the output, so rebuilding gives the same bytes.
        builder.IncludeDocumentInformation = false;
    }

    public static PdfLayout Build(IReadOnlyList<Block> blocks)
    {
        var twin = new PdfTwin();
        twin.NewPage();
        foreach (var block in blocks)
        {
            twin.Add(block);
        }
        return new PdfLayout(StableId(twin.builder.Build()), twin.builder.Pages.Count, twin.crossings);
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
}
