using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing.Layout;

/// <summary>
/// Decides what each line of a report's body is — heading, caption, bullet, paragraph, continuation,
/// furniture or footnote — from the document as a whole: the glyphs it uses for bullets, its rhythm of
/// blank lines, the lines it repeats, where its sentences end. What a reader already said of a line
/// (an &lt;h3&gt;, a figcaption, smaller type, a page line) is kept; the pass decides the rest.
/// </summary>
internal sealed class LayoutPass
{
    private readonly SourceText _source;
    private readonly SectionTable _sections;
    private readonly SummaryLabels _labels;
    private readonly string? _series;
    private readonly LineJoiner _joiner;
    private readonly LineHint[] _hints;
    private readonly BlockList _blocks;
    /// <summary>
    /// The keys last made, by block index modulo their count: blocks are analysed in order and compared with the
    /// blocks on either side only, so a few suffice, where a key kept for every block of a text of many short
    /// paragraphs held several times its size.
    /// </summary>
    private readonly (int Index, string Key)[] _keys = [(-1, ""), (-1, ""), (-1, ""), (-1, "")];
    private readonly int[] _lengths;
    private readonly HashSet<string> _runningHeaders;
    private readonly FootnoteMarks _footnotes;
    private readonly int? _wrapWidth;
    private const int MaxWrapWidth = 130;

    private LayoutPass(SourceText source, int bodyStart, SeriesProfile profile, string? series, LineJoiner joiner)
    {
        _source = source;
        _sections = profile.Sections;
        _labels = profile.SummaryLabels;
        _series = series;
        _joiner = joiner;
        _hints = new LineHint[source.LineCount];
        _blocks = BlockSplitter.Split(source, bodyStart);
        Letters = BulletLetters.In(_blocks);
        _lengths = _blocks.Select(Length).ToArray();
        _runningHeaders = RunningHeaders();
        _footnotes = FootnoteMarks.In(source.Text);
        _wrapWidth = WrapWidth();
    }

    /// <summary>The letters this document writes for bullets.</summary>
    public BulletLetters Letters { get; }

    /// <summary>A hint for every line (index 0 is line 1); lines of the header and blank lines stay <see cref="LineHint.None"/>.</summary>
    public static (LineHint[] Hints, BulletLetters Letters) Analyse(SourceText source, int bodyStart, SeriesProfile profile, string? series, LineJoiner joiner)
    {
        var pass = new LayoutPass(source, bodyStart, profile, series, joiner);
        for (int i = 0; i < pass._blocks.Count; i++)
            pass.Analyse(i);
        return (pass._hints, pass.Letters);
    }

    private void Set(int line, LineHint hint) => _hints[line - 1] = hint;

    /// <summary>What the reader said of a line; a "heading" as long as a paragraph is one (a site's bold lead-in).</summary>
    private LineHint Reader(int line) =>
        _source.Hint(line) is LineHint.Heading && _source.Line(line).Trim().Length > HeadingRecogniser.MaxHeadingLength + 8
            ? LineHint.Paragraph
            : _source.Hint(line);

    private static bool Decides(LineHint hint) => hint is LineHint.Heading or LineHint.Caption or LineHint.Furniture or LineHint.Footnote or LineHint.Continuation;

    private void Analyse(int index)
    {
        var block = _blocks[index];
        // What a reader knew of every line stands.
        if (Enumerable.Range(block.FirstLine, block.LineCount).All(n => Decides(Reader(n))))
        {
            for (int n = block.FirstLine; n <= block.LastLine; n++)
                Set(n, Reader(n));
            return;
        }
        bool repeated = RepeatedNextDoor(index);
        if (block.LineCount == 1)
        {
            Set(block.FirstLine, SingleLine(index, repeated));
            return;
        }
        if (!Decides(Reader(block.FirstLine))
            && CaptionRecogniser.IsCaption(block, block.BlankLinesBefore >= 2 || repeated, repeated, _joiner))
        {
            for (int n = block.FirstLine; n <= block.LastLine; n++)
                Set(n, LineHint.Caption);
            return;
        }
        Lines(block);
    }

    /// <summary>A block of one line: furniture, a heading or label, a caption, a footnote, or the start of a paragraph.</summary>
    private LineHint SingleLine(int index, bool repeated)
    {
        var block = _blocks[index];
        var reader = Reader(block.FirstLine);
        if (Decides(reader))
            return reader;
        var span = block.LineSpan(0);
        if (PageLines.KindOf(span) is not null)
            return LineHint.Furniture; // "- 3 -" opens like a bullet
        // Most single-line blocks are whole bullets; a bullet is never a caption or a footnote.
        if (reader == LineHint.ListItem || BulletMarker.OpensItem(span, Letters))
            return LineHint.ListItem;
        if (_footnotes.Opens(span))
            return LineHint.Footnote;
        // Nor can a paragraph longer than any heading be anything but a caption or a paragraph.
        if (span.Length > HeadingRecogniser.MaxHeadingLength + 8)
            return CaptionRecogniser.IsCaption(block, block.BlankLinesBefore >= 2 || repeated, repeated, _joiner) ? LineHint.Caption : LineHint.Paragraph;
        string line = block.Line(0);
        if (IsTitle(line) || HeadingRecogniser.IsSummaryLabel(line, _labels) || HeadingRecogniser.TryMatchKnown(line, _sections, out _))
            return LineHint.Heading;
        if (_runningHeaders.Contains(line))
            return LineHint.Furniture;
        // The text of a glyph left alone above a blank line: whatever its shape, it is that item's.
        if (index > 0 && EndsWithLoneMarker(_blocks[index - 1]))
            return LineHint.Paragraph;
        if (CaptionRecogniser.IsCaption(block, block.BlankLinesBefore >= 2 || repeated, repeated, _joiner))
            return LineHint.Caption;
        if (HeadingRecogniser.HasHeadingShape(line))
        {
            // A heading never ends with a dated citation: such a line is a caption a web copy left without a full stop.
            return CaptionRecogniser.EndsWithCitationText(line) ? LineHint.Caption : LineHint.Heading;
        }
        return LineHint.Paragraph;
    }

    /// <summary>Whether a block's last line is a bullet glyph with no text after it.</summary>
    private bool EndsWithLoneMarker(Block block) =>
        _hints[block.LastLine - 1] == LineHint.ListItem && BulletMarker.IsAlone(block.LineSpan(block.LineCount - 1), Letters, out _);

    private bool IsTitle(string line) =>
        _series is not null && string.Equals(LineMarks.StripMarks(line), _series, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Within a block, every marker line opens a bullet and other lines continue the one before; a heading may
    /// stand right above its first bullet; where a paragraph has no glyph, a line that ends a sentence followed by
    /// one that starts a sentence ends it.
    /// </summary>
    private void Lines(Block block)
    {
        LineHint open = LineHint.None;
        string? previous = null;
        for (int i = 0; i < block.LineCount; i++)
        {
            int number = block.FirstLine + i;
            var reader = Reader(number);
            string line = block.Line(i);
            LineHint hint;
            if (Decides(reader))
                hint = reader;
            else if (PageLines.KindOf(block.LineSpan(i)) is not null)
                hint = LineHint.Furniture;
            else if (IsHeadingAbove(block, i, previous))
                hint = LineHint.Heading;
            else if (reader == LineHint.ListItem
                     || (BulletMarker.TryMatch(block.LineSpan(i), Letters, out string marker, out _) || BulletMarker.IsAlone(block.LineSpan(i), Letters, out marker))
                     // Inside a paragraph, a line that opens with a number continues it unless the paragraph is complete.
                     && (open is not (LineHint.ListItem or LineHint.Paragraph) || !BulletMarker.IsNumber(marker) || SentenceEnd.IsComplete(previous!)))
                hint = LineHint.ListItem;
            else if ((open is LineHint.None or LineHint.Furniture || previous is null) && _footnotes.TryOpen(line, out _, out _))
                hint = LineHint.Footnote;
            else if (reader == LineHint.Paragraph || open is LineHint.None or LineHint.Heading or LineHint.Caption)
                hint = LineHint.Paragraph;
            else if (open == LineHint.Paragraph && EndsParagraph(previous!, line))
                hint = LineHint.Paragraph;
            else
                hint = LineHint.Continuation;

            Set(number, hint);
            if (hint == LineHint.Furniture)
                continue; // a page line inside a paragraph does not end it
            open = hint == LineHint.Continuation ? open : hint;
            previous = line;
        }
    }

    /// <summary>A label, or a heading right above its first bullet ("Overview\n• …"), or a known arena anywhere in a block.</summary>
    private bool IsHeadingAbove(Block block, int i, string? previous)
    {
        var span = block.LineSpan(i);
        if (span.Length > HeadingRecogniser.MaxHeadingLength)
            return false;
        string line = block.Line(i);
        if (HeadingRecogniser.TryMatchKnown(line, _sections, out _))
            return true;
        if (i + 1 >= block.LineCount || (previous is not null && !SentenceEnd.IsComplete(previous)) || BulletMarker.StartsWithMarker(span, Letters))
            return false;
        // A label is never a paragraph's first line; a heading the tables do not know needs a bullet below to tell it from one.
        if (IsTitle(line) || HeadingRecogniser.IsSummaryLabel(line, _labels))
            return true;
        bool bulletBelow = Reader(block.FirstLine + i + 1) == LineHint.ListItem || BulletMarker.OpensItem(block.LineSpan(i + 1), Letters);
        return bulletBelow && HeadingRecogniser.HasHeadingShape(line) && !CaptionRecogniser.EndsWithCitationText(line);
    }

    /// <summary>
    /// In a paragraph without a glyph, a line that ends a sentence, followed by one that starts a sentence, ends
    /// the paragraph — unless the text is hard-wrapped and the line runs to the wrap width (the sentence ended at
    /// the margin by chance); a citation at its end closes a paragraph whatever its width.
    /// </summary>
    private bool EndsParagraph(string previous, string line)
    {
        if (!SentenceEnd.IsComplete(previous))
            return false;
        string opening = line.TrimStart('"', '“', '‘', '\'', '(');
        if (opening.Length == 0 || (!char.IsUpper(opening[0]) && !char.IsDigit(opening[0])))
            return false;
        // A line far longer than the wrap width was never wrapped: it is a whole paragraph.
        return _wrapWidth is not int width || previous.Length < width * 0.8 || previous.Length > width * 1.3
            || CaptionRecogniser.EndsWithCitationText(previous);
    }

    private static int Length(Block block)
    {
        int total = 0;
        for (int i = 0; i < block.LineCount; i++)
            total += block.LineSpan(i).Length;
        return total;
    }

    /// <summary>
    /// The text by which a block is compared with its neighbours, made when a neighbour of about its length asks;
    /// empty for a block that cannot be a caption's copy (a bullet, or longer than two captions).
    /// </summary>
    private string Key(int index)
    {
        ref var kept = ref _keys[index % _keys.Length];
        if (kept.Index == index)
            return kept.Key;
        var block = _blocks[index];
        string key = _lengths[index] > CaptionRecogniser.MaxCaptionLength * 4 || BulletMarker.StartsWithMarker(block.LineSpan(0), Letters)
            ? ""
            : CaptionRecogniser.Key(string.Join(' ', Enumerable.Range(0, block.LineCount).Select(block.Line)));
        kept = (index, key);
        return key;
    }

    /// <summary>Whether the block is written again right before or after it (a web copy's alt text and caption).</summary>
    private bool RepeatedNextDoor(int index) => IsCopy(index, index - 1) || IsCopy(index, index + 1);

    // Copies differ in length by emphasis marks at most, so most pairs are told apart without their text.
    private bool IsCopy(int a, int b) =>
        b >= 0 && b < _blocks.Count && Math.Abs(_lengths[a] - _lengths[b]) <= 8 && Key(a) is { Length: > 0 } key && key == Key(b);

    /// <summary>
    /// Short lines standing alone more than once, not as copies next to each other, are what a PDF repeats at
    /// the top or foot of every page ("Spotlight on Iran – November 2021").
    /// </summary>
    private HashSet<string> RunningHeaders()
    {
        var seen = new Dictionary<string, (int Count, int LastBlock, bool Apart)>(StringComparer.Ordinal);
        for (int i = 0; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.LineCount != 1 || block.LineSpan(0).Length > HeadingRecogniser.MaxHeadingLength || !HeadingRecogniser.HasHeadingShape(block.Line(0)))
                continue;
            string line = block.Line(0);
            seen[line] = seen.TryGetValue(line, out var s) ? (s.Count + 1, i, s.Apart || i > s.LastBlock + 1) : (1, i, false);
        }
        return seen.Where(p => p.Value.Count > 1 && p.Value.Apart && !CaptionRecogniser.EndsLikeCaption(p.Key))
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The width a hard-wrapped text breaks its lines at: the usual length of a line that ends mid-sentence.</summary>
    private int? WrapWidth()
    {
        var lengths = new List<int>();
        foreach (var block in _blocks)
        {
            for (int i = 0; i + 1 < block.LineCount; i++)
            {
                var span = block.LineSpan(i);
                // Nobody wraps text at 200 columns: a longer line ending mid-sentence is no evidence of a width.
                if (span.Length is > 30 and <= MaxWrapWidth && !SentenceEnd.IsComplete(block.Line(i)))
                    lengths.Add(span.Length);
            }
        }
        if (lengths.Count < 3)
            return null;
        lengths.Sort();
        return lengths[lengths.Count / 2];
    }
}
