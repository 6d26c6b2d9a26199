using System.Text;

namespace Spotlight.SampleBuilder;

internal enum BlockKind
{
    Title,
    Period,
    Author,
    Label,
    Heading,
    Bullet,
    Paragraph,
    Caption,
}

/// <summary>One unit of the report as the twins lay it out. <see cref="Glyph"/> is set for bullets only.</summary>
internal sealed record Block(BlockKind Kind, string Text, string? Glyph = null);

/// <summary>
/// Reads a sample text report into blocks and mends the page-break artefacts of the text
/// extraction, so that the twins look like the document the text was extracted from.
/// Deliberately simpler than the parser under test: it only has to handle the samples it is given.
/// </summary>
internal static class SampleText
{
    private static readonly string[] SummaryLabels = ["Highlights of the week", "Overview", "Main Points"];
    private static readonly string[] AuthorPrefixes = ["Author:", "Editor:", "By "];
    private static readonly string[] Glyphs = ["•", "►", "▪"];

    // A caption is set apart by this many blank lines on each side in the extracted text.
    private const int CaptionGap = 3;

    private sealed record RawBlock(List<string> Lines, int BlankBefore);

    public static IReadOnlyList<Block> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n").TrimStart('\uFEFF');
        var classified = Classify(Split(text));
        return RepairPageBreaks(classified);
    }

    private static List<RawBlock> Split(string text)
    {
        var blocks = new List<RawBlock>();
        var current = new List<string>();
        int blank = 0, blankBeforeCurrent = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(new RawBlock(current, blankBeforeCurrent));
                    current = [];
                    blank = 0;
                }
                blank++;
                continue;
            }
            if (current.Count == 0)
            {
                blankBeforeCurrent = blank;
            }
            current.Add(line.Trim());
        }
        if (current.Count > 0)
        {
            blocks.Add(new RawBlock(current, blankBeforeCurrent));
        }
        return blocks;
    }

    private static List<Block> Classify(List<RawBlock> raw)
    {
        var blocks = new List<Block>();
        int index = 0;

        // Header: title, then anything up to and including the author line.
        bool authorSeen = false;
        for (; index < raw.Count && !authorSeen; index++)
        {
            var line = string.Join(" ", raw[index].Lines);
            if (AuthorPrefixes.Any(p => line.StartsWith(p, StringComparison.Ordinal)))
            {
                blocks.Add(new Block(BlockKind.Author, line));
                authorSeen = true;
            }
            else
            {
                blocks.Add(new Block(index == 0 ? BlockKind.Title : BlockKind.Period, line));
            }
        }
        if (!authorSeen)
        {
            throw new InvalidDataException("no author line (Author:/Editor:/By ...) in the header");
        }

        for (; index < raw.Count; index++)
        {
            var block = raw[index];
            var line = string.Join(" ", block.Lines);
            var glyph = Glyphs.FirstOrDefault(g => line.StartsWith(g, StringComparison.Ordinal));
            if (SummaryLabels.Contains(line))
            {
                blocks.Add(new Block(BlockKind.Label, line));
            }
            else if (glyph is not null)
            {
                blocks.Add(new Block(BlockKind.Bullet, line[glyph.Length..].TrimStart(), glyph));
            }
            else if (block.BlankBefore >= CaptionGap && line.EndsWith(')'))
            {
                blocks.Add(new Block(BlockKind.Caption, line));
            }
            else if (IsHeading(block, line))
            {
                blocks.Add(new Block(BlockKind.Heading, line));
            }
            else
            {
                blocks.Add(new Block(BlockKind.Paragraph, line));
            }
        }
        return blocks;
    }

    // Headings in these reports are a few capitalised words on their own; the continuation of a
    // paragraph cut by a page break is the only other block without a final stop, and it is long.
    private static bool IsHeading(RawBlock block, string line) =>
        block.Lines.Count == 1
        && line.Length <= 60
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
                repaired[^1] = previous with { Text = Join(previous.Text, block.Text) };
                continue;
            }
            repaired.Add(block);
        }
        return repaired;
    }

    private static bool EndsComplete(string text) => text[^1] is '.' or ')' or '"' or '”';

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
}
