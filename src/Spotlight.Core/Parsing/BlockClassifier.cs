using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Turns blocks into units: headings, summary labels, bullets (one per marker line, wrapped lines
/// joined), captions, plain paragraphs, and the noise PDF extraction leaves between pages.
/// </summary>
internal sealed class BlockClassifier(SectionTable sections, string? series, LineJoiner joiner)
{
    public IEnumerable<Unit> Classify(IReadOnlyList<Block> blocks)
    {
        var runningHeaders = FindRunningHeaders(blocks);
        foreach (var block in blocks)
        {
            if (block.LineCount == 1 && TryClassifySingleLine(block, runningHeaders, out var unit))
            {
                yield return unit;
                continue;
            }
            if (TryCaption(block) is { } caption)
            {
                yield return caption;
                continue;
            }
            foreach (var lineUnit in SplitLines(block))
                yield return lineUnit;
        }
    }

    private bool TryClassifySingleLine(Block block, HashSet<string> runningHeaders, out Unit unit)
    {
        int number = block.FirstLine;
        UnitKind? kind = null;
        KnownArena? arena = null;
        unit = null!;
        // Most single-line blocks are whole paragraphs; none of the checks below can match them.
        if (block.LineSpan(0).Length > HeadingRecogniser.MaxHeadingLength + 8)
            return false;
        string line = block.Line(0);

        if (HeadingRecogniser.IsPageNumber(line))
            kind = UnitKind.Noise;
        else if (series is not null && string.Equals(LineText.StripMarks(line), series, StringComparison.OrdinalIgnoreCase))
            kind = UnitKind.TitleRepeat;
        else if (HeadingRecogniser.IsSummaryLabel(line))
            kind = UnitKind.SummaryLabel;
        else if (HeadingRecogniser.TryMatchKnown(line, sections, out var known))
            (kind, arena) = (UnitKind.Heading, known);
        else if (runningHeaders.Contains(line))
            kind = UnitKind.Noise;
        else if (TryCaption(block) is { } caption)
        {
            unit = caption; // a short caption has a heading's shape too; it is settled here, once
            return true;
        }
        else if (!BulletMarker.StartsWithMarker(line) && HeadingRecogniser.HasHeadingShape(line))
            kind = UnitKind.Heading;

        unit = kind is null ? null! : new Unit(kind.Value, number, number, line, Arena: arena);
        return kind is not null;
    }

    private Unit? TryCaption(Block block) =>
        !BulletMarker.StartsWithMarker(block.LineSpan(0)) && CaptionRecogniser.TryRecognise(block, joiner, out string caption, out var map)
            ? new Unit(UnitKind.Caption, block.FirstLine, block.LastLine, caption) { LineMap = map }
            : null;

    /// <summary>
    /// Short heading-like lines standing alone more than once are what a PDF repeats at the top or
    /// foot of every page ("Spotlight on Iran – November 2021"); left in, they would open topics.
    /// </summary>
    private static HashSet<string> FindRunningHeaders(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => b.LineCount == 1 && b.LineSpan(0).Length <= HeadingRecogniser.MaxHeadingLength && HeadingRecogniser.HasHeadingShape(b.Line(0)))
            .GroupBy(b => b.Line(0), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Within a block, every marker line opens a bullet; other lines continue the one before.</summary>
    private List<Unit> SplitLines(Block block)
    {
        var units = new List<Unit>(block.LineCount);
        Unit? current = null;
        for (int i = 0; i < block.LineCount; i++)
        {
            var span = block.LineSpan(i);
            int number = block.FirstLine + i;

            if (block.LineCount > 1 && span.Length <= HeadingRecogniser.MaxHeadingLength
                && HeadingRecogniser.TryMatchKnown(block.Line(i), sections, out var arena))
            {
                if (current is not null) units.Add(current);
                current = null;
                units.Add(new Unit(UnitKind.Heading, number, number, block.Line(i), Arena: arena));
            }
            else if (BulletMarker.TryMatch(span, out string marker, out int textStart)
                     // Inside a paragraph, a line that opens with a number continues it unless the paragraph is complete.
                     && (current is null || !BulletMarker.IsNumber(marker) || SentenceEnd.IsComplete(current.Text)))
            {
                if (current is not null) units.Add(current);
                current = new Unit(UnitKind.Bullet, number, number, span[textStart..].ToString(), marker);
            }
            else if (current is null)
            {
                current = new Unit(UnitKind.Paragraph, number, number, block.Line(i));
            }
            else
            {
                string line = block.Line(i);
                string joined = joiner.Join(current.Text, line);
                current = current with
                {
                    LastLine = number,
                    Text = joined,
                    LineMap = current.LineMap.Add(new TextLine(joined.Length - line.Length, number)),
                };
            }
        }
        if (current is not null)
            units.Add(current);
        return units;
    }
}
