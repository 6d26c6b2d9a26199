using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// Image captions: short paragraphs without a bullet, set apart from the text around them (extra blank
/// lines, emphasis, or a copy of themselves beside them), that end in a source in parentheses
/// ("(Fars, November 4)") or a "Source: …" tail; and the one caption a run of caption lines holds.
/// </summary>
internal static partial class CaptionRecogniser
{
    public const int MaxCaptionLength = 300;

    // A citation-like parenthesis holds a date, a year or a comma-separated source; "(IRGC)" does not.
    [GeneratedRegex(@"\((?=[^()]*(?:[0-9]|,|;))[^()]*\p{L}[^()]*\)[\s.]*$")]
    private static partial Regex EndsWithCitation();

    [GeneratedRegex(@"(?:^|[\s(])Sources?\s*:\s*\S[^()]*\)?[\s.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithSourceTail();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    /// <summary>Whether text ends the way a caption does: with a citation or a "Source:" tail.</summary>
    public static bool EndsLikeCaption(string text) => EndsWithCitation().IsMatch(text) || EndsWithSourceTail().IsMatch(text);

    /// <summary>Whether text ends with a citation in parentheses: "… (Fars, March 5)".</summary>
    public static bool EndsWithCitationText(string text) => EndsWithCitation().IsMatch(text);

    private static bool IsEmphasised(string line) => line.Contains("**", StringComparison.Ordinal) || line.StartsWith("__", StringComparison.Ordinal);

    /// <summary>The text of a line as copies are compared: emphasis removed, white space collapsed.</summary>
    public static string Key(string line) =>
        string.Join(' ', Emphasis().Replace(line, "").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Whether a block of plain text is a caption. <paramref name="apart"/> says whether the text around sets it
    /// apart (extra blank lines before it, or a copy of it next door); emphasis or a line repeated inside the
    /// block sets it apart too.
    /// </summary>
    public static bool IsCaption(Block block, bool apart, bool repeatedNextDoor, LineJoiner joiner)
    {
        if (BulletMarker.StartsWithMarker(block.LineSpan(0)))
            return false;
        int limit = repeatedNextDoor ? MaxCaptionLength * 2 : MaxCaptionLength;
        int total = 0;
        for (int i = 0; i < block.LineCount; i++)
            total += block.LineSpan(i).Length;
        if (total > limit * 2 + 8)
            return false; // even a caption written twice is not this long
        if (!apart && block.LineCount == 1 && !IsEmphasised(block.Line(0)))
            return false;
        var composed = Compose(Enumerable.Range(0, block.LineCount).Select(block.Written).ToList(), block.Source.Lines, joiner);
        apart = apart || composed.Copies > 1 || block.Lines.Any(IsEmphasised);
        // A caption opens like a sentence; text in lower case after a gap is a paragraph cut by a page break.
        return apart && composed.Text.Length is > 0 && composed.Text.Length <= limit && !char.IsLower(composed.Text[0])
            && EndsLikeCaption(composed.Text);
    }

    /// <summary>The caption a run of caption lines holds: emphasis removed, a line the next repeats or begins with (alt text) dropped.</summary>
    public static ComposedCaption Compose(IReadOnlyList<WrittenLine> written, LineMap source, LineJoiner joiner)
    {
        var lines = written.Select(Unemphasised).Where(line => line.Text.Length > 0).ToList();
        int copies = 1;
        for (int i = lines.Count - 2; i >= 0; i--)
        {
            if (lines[i + 1].Text.StartsWith(lines[i].Text, StringComparison.Ordinal))
            {
                lines.RemoveAt(i);
                copies = 2;
            }
        }
        if (lines.Count == 0)
            return new ComposedCaption("", default, copies);

        var text = new JoinedText(lines[0].Text, new SourceMap(source, lines[0].Segments));
        foreach (var line in lines.Skip(1))
            text.Append(line.Text, new SourceMap(source, line.Segments), joiner);
        var (joined, map) = text.Finish();
        return new ComposedCaption(joined, map, copies);
    }

    /// <summary>A caption line without its emphasis marks, trimmed, with where each piece left stands in the source.</summary>
    private static CaptionLine Unemphasised(WrittenLine line)
    {
        var matches = Emphasis().Matches(line.Text);
        if (matches.Count == 0)
            return new CaptionLine(line.Text, [new SourceSegment(0, line.SourceOffset)]);

        // The pieces between the marks, blanks at either end of the whole dropped, as Replace and Trim would leave it.
        var pieces = new List<(int Start, int End)>();
        int from = 0;
        foreach (Match match in matches)
        {
            pieces.Add((from, match.Index));
            from = match.Index + match.Length;
        }
        pieces.Add((from, line.Text.Length));
        pieces.RemoveAll(piece => piece.End == piece.Start);
        while (pieces.Count > 0 && line.Text.AsSpan(pieces[0].Start, pieces[0].End - pieces[0].Start).TrimStart() is var rest
               && (rest.IsEmpty || rest.Length < pieces[0].End - pieces[0].Start))
        {
            if (rest.IsEmpty)
                pieces.RemoveAt(0);
            else
                pieces[0] = (pieces[0].End - rest.Length, pieces[0].End);
        }
        while (pieces.Count > 0 && line.Text.AsSpan(pieces[^1].Start, pieces[^1].End - pieces[^1].Start).TrimEnd() is var kept
               && (kept.IsEmpty || kept.Length < pieces[^1].End - pieces[^1].Start))
        {
            if (kept.IsEmpty)
                pieces.RemoveAt(pieces.Count - 1);
            else
                pieces[^1] = (pieces[^1].Start, pieces[^1].Start + kept.Length);
        }

        var text = new System.Text.StringBuilder(line.Text.Length);
        var segments = new SourceSegment[pieces.Count];
        for (int i = 0; i < pieces.Count; i++)
        {
            segments[i] = new SourceSegment(text.Length, line.SourceOffset + pieces[i].Start);
            text.Append(line.Text, pieces[i].Start, pieces[i].End - pieces[i].Start);
        }
        return new CaptionLine(text.ToString(), SourcePieces.Create(segments));
    }

    private sealed record CaptionLine(string Text, SourcePieces Segments);
}

/// <param name="Map">Where each character of <paramref name="Text"/> stands in the source.</param>
/// <param name="Copies">2 when a line was a copy of the next (alt text and caption), else 1.</param>
internal sealed record ComposedCaption(string Text, SourceMap Map, int Copies);
