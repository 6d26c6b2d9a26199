using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.SampleBuilder;

internal enum BlockKind
{
    Title,
    /// <summary>The period; in some web copies the editor stands on the same line.</summary>
    Period,
    Author,
    Label,
    Heading,
    Bullet,
    Paragraph,
    Caption,
    /// <summary>A line of the site around a repost (archive title, breadcrumb): page chrome, not the report.</summary>
    SiteText,
    /// <summary>A footnote at the foot of a page, as a converter writes it: "1 Figures in …".</summary>
    Footnote,
    /// <summary>The line of document number and page number a converter leaves at a page's foot.</summary>
    PageLine,
    /// <summary>The rest of an item cut by a page break, after the page's footer and footnotes.</summary>
    Continuation,
}

/// <summary>One unit of the report as the twins lay it out. <see cref="Glyph"/> is set for bullets only.</summary>
internal sealed record Block(BlockKind Kind, string Text, string? Glyph = null)
{
    /// <summary>The text's own lines, where it hard-wraps the block over several; null for one line.</summary>
    public IReadOnlyList<string>? Lines { get; init; }

    /// <summary>A caption written twice in the text (image's alternative text, then the caption).</summary>
    public bool Twice { get; init; }

    /// <summary>The block stands on the line after the previous one, with no blank line between.</summary>
    public bool Tight { get; init; }

    /// <summary>A footnote mark glued to the end of the text ("Main events of the week1").</summary>
    public string? Mark { get; init; }
}

/// <summary>
/// Reads a sample text report into blocks and mends the page-break artefacts of the text
/// extraction, so that the twins look like the document the text was extracted from.
/// Deliberately simpler than the parser under test: it only has to handle the samples it is given.
/// </summary>
internal static partial class SampleText
{
    public const string Series = "Spotlight on Iran";

    // The series' name repeated after the header is a summary label too (a repost's).
    private static readonly string[] SummaryLabels = ["Highlights of the week", "Overview", "Main Points", "Main events of the week", Series];
    private static readonly string[] AuthorPrefixes = ["Author:", "Editor:", "By "];
    private static readonly string[] Glyphs = ["•", "►", "▪"];
    // A converter writes the symbol font's bullet as this letter ("n" for a Wingdings square).
    private const string LetterGlyph = "n";

    // A caption is set apart by this many blank lines on each side in the extracted text.
    private const int CaptionGap = 3;

    private sealed record Line(string Text, int BlankBefore);

    private sealed record Unit(List<string> Lines, int BlankBefore)
    {
        public string Text => string.Join(" ", Lines);
    }

    public static IReadOnlyList<Block> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n").TrimStart('\uFEFF');
        var lines = ToLines(text);
        var blocks = Header(lines, out int bodyStart);
        // A letter is a bullet only where the report uses it so, more than once.
        bool letterBullets = lines.Skip(bodyStart).Count(l => LetterBullet().IsMatch(l.Text)) >= 2;
        bool glyphless = !lines.Skip(bodyStart).Any(l => GlyphOf(l.Text, letterBullets) is not null);
        blocks.AddRange(Classify(Units(lines, bodyStart, letterBullets, glyphless), letterBullets));
        return RepairPageBreaks(blocks);
    }

    private static List<Line> ToLines(string text)
    {
        var lines = new List<Line>();
        int blank = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                blank++;
                continue;
            }
            lines.Add(new Line(line.Trim(), blank));
            blank = 0;
        }
        return lines;
    }

    // Header: any site text, the line with the series' name, then lines up to the author, or up
    // to a period line that carries the editor. Header lines are never wrapped in the samples.
    private static List<Block> Header(List<Line> lines, out int bodyStart)
    {
        var blocks = new List<Block>();
        int title = lines.FindIndex(l => l.Text.Contains(Series, StringComparison.Ordinal));
        if (title < 0)
        {
            throw new InvalidDataException($"no line with \"{Series}\" in the header");
        }
        for (int i = 0; i <= title; i++)
        {
            var kind = i == title ? BlockKind.Title : BlockKind.SiteText;
            blocks.Add(new Block(kind, lines[i].Text) { Tight = i > 0 && lines[i].BlankBefore == 0 });
        }
        for (int i = title + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            bool author = AuthorPrefixes.Any(p => line.Text.StartsWith(p, StringComparison.Ordinal));
            blocks.Add(new Block(author ? BlockKind.Author : BlockKind.Period, line.Text) { Tight = line.BlankBefore == 0 });
            if (author || line.Text.Contains(" Editor: ", StringComparison.Ordinal))
            {
                bodyStart = i + 1;
                return blocks;
            }
        }
        throw new InvalidDataException("no author line (Author:/Editor:/By ...) in the header");
    }

    // Lines are grouped into units at blank lines, and also where a bullet, a page line or the
    // line after a heading starts; in a report without glyphs a line that ends a sentence and a
    // line that starts one are two paragraphs, a line that ends mid-sentence joins the next.
    private static List<Unit> Units(List<Line> lines, int start, bool letterBullets, bool glyphless)
    {
        var units = new List<Unit>();
        Unit? current = null;
        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            bool starts = current is null
                || line.BlankBefore > 0
                || GlyphOf(line.Text, letterBullets) is not null
                || PageLine().IsMatch(line.Text)
                || PageLine().IsMatch(current.Lines[^1])
                || (current.Lines.Count == 1 && LooksLikeHeading(current.Lines[0]))
                || (glyphless && EndsComplete(current.Lines[^1]) && char.IsUpper(line.Text[0]));
            if (starts)
            {
                current = new Unit([line.Text], line.BlankBefore);
                units.Add(current);
            }
            else
            {
                current!.Lines.Add(line.Text);
            }
        }
        return units;
    }

    private static List<Block> Classify(List<Unit> units, bool letterBullets)
    {
        var blocks = new List<Block>();
        for (int index = 0; index < units.Count; index++)
        {
            var unit = units[index];
            var line = unit.Text;
            var glyph = GlyphOf(line, letterBullets);
            var lines = unit.Lines.Count > 1 ? unit.Lines : null;
            var marked = FootnoteMark().Match(line);
            Block block;
            if (unit.Lines.Count == 1 && PageLine().IsMatch(line))
            {
                block = new Block(BlockKind.PageLine, line);
            }
            else if (blocks.Count > 0 && blocks[^1].Kind is BlockKind.PageLine or BlockKind.Footnote && Footnote().IsMatch(line))
            {
                block = new Block(BlockKind.Footnote, line);
            }
            else if (SummaryLabels.Contains(line))
            {
                block = new Block(BlockKind.Label, line);
            }
            else if (marked.Success && SummaryLabels.Contains(marked.Groups[1].Value))
            {
                block = new Block(BlockKind.Label, marked.Groups[1].Value) { Mark = marked.Groups[2].Value };
            }
            else if (glyph is not null)
            {
                var first = unit.Lines[0][glyph.Length..].TrimStart();
                block = new Block(BlockKind.Bullet, line[glyph.Length..].TrimStart(), glyph)
                {
                    Lines = lines is null ? null : [first, .. unit.Lines.Skip(1)],
                };
            }
            else if (index + 1 < units.Count && units[index + 1].Text == line)
            {
                // Written twice, one copy after the other: the image's alternative text and its caption.
                block = new Block(BlockKind.Caption, line) { Twice = true };
                index++;
            }
            else if ((unit.BlankBefore >= CaptionGap && line.EndsWith(')')) || line.Contains(" Source: ", StringComparison.Ordinal))
            {
                block = new Block(BlockKind.Caption, line);
            }
            else if (IsHeading(unit, line))
            {
                block = new Block(BlockKind.Heading, line);
            }
            else
            {
                block = new Block(BlockKind.Paragraph, line) { Lines = lines };
            }
            blocks.Add(block with { Tight = unit.BlankBefore == 0 });
        }
        return blocks;
    }

    private static string? GlyphOf(string line, bool letterBullets) =>
        Glyphs.FirstOrDefault(g => line.StartsWith(g, StringComparison.Ordinal))
        ?? (letterBullets && LetterBullet().IsMatch(line) ? LetterGlyph : null);

    // Headings in these reports are a few capitalised words on their own; the continuation of a
    // paragraph cut by a page break is the only other block without a final stop, and it is long.
    private static bool IsHeading(Unit unit, string line) => unit.Lines.Count == 1 && LooksLikeHeading(line);

    private static bool LooksLikeHeading(string line) =>
        line.Length <= 60
        && char.IsUpper(line[0])
        && !".,;:)".Contains(line[^1]);

    private static List<Block> RepairPageBreaks(List<Block> blocks)
    {
        var repaired = new List<Block>();
        foreach (var block in blocks)
        {
            var previous = repaired.Count > 0 ? repaired[^1] : null;
            if (block.Kind == BlockKind.Paragraph
                && previous is { Kind: BlockKind.Bullet or BlockKind.Paragraph }
                && !EndsComplete(previous.Text))
            {
                repaired[^1] = previous with { Text = Join(previous.Text, block.Text), Lines = null };
                continue;
            }
            // Past the page's footer and footnotes, an item cut by the page break goes on in lower case.
            var item = repaired.LastOrDefault(b => b.Kind is not (BlockKind.PageLine or BlockKind.Footnote));
            if (block.Kind == BlockKind.Paragraph
                && previous is { Kind: BlockKind.PageLine or BlockKind.Footnote }
                && item is { Kind: BlockKind.Bullet or BlockKind.Paragraph }
                && !EndsComplete(item.Text)
                && char.IsLower(block.Text[0]))
            {
                repaired.Add(block with { Kind = BlockKind.Continuation });
                continue;
            }
            repaired.Add(block);
        }
        return repaired;
    }

    private static bool EndsComplete(string text) => text[^1] is '.' or ')' or '"' or '”' or '?' or '!';

    // "reconstruc-" + "tion" was one word split by the layout; "pro-" + "Iranian" is a real
    // hyphenated compound whose second half keeps its capital.
    private static string Join(string first, string second)
    {
        if (first.Length >= 2 && first[^1] == '-' && char.IsLetter(first[^2]))
        {
            return char.IsUpper(second[0]) ? first + second : first[..^1] + second;
        }
        return first + " " + second;
    }

    /// <summary>"078-18" and the page number, far apart, as a converter writes a page's footer.</summary>
    [GeneratedRegex(@"^(\d{3}-\d{2})\s{2,}(\d+)$")]
    public static partial Regex PageLine();

    [GeneratedRegex(@"^n \p{Lu}")]
    private static partial Regex LetterBullet();

    [GeneratedRegex(@"^\d \p{Lu}")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(.*\D)(\d)$")]
    private static partial Regex FootnoteMark();
}
