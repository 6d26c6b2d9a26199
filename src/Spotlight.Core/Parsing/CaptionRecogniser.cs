using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Spotlight.Model;

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
        var composed = Compose(Enumerable.Range(0, block.LineCount).Select(i => (block.Line(i), block.FirstLine + i)).ToList(), joiner);
        apart = apart || composed.Copies > 1 || block.Lines.Any(IsEmphasised);
        // A caption opens like a sentence; text in lower case after a gap is a paragraph cut by a page break.
        return apart && composed.Text.Length is > 0 && composed.Text.Length <= limit && !char.IsLower(composed.Text[0])
            && EndsLikeCaption(composed.Text);
    }

    /// <summary>The caption a run of caption lines holds: emphasis removed, a line the next repeats or begins with (alt text) dropped.</summary>
    public static ComposedCaption Compose(IReadOnlyList<(string Text, int Line)> written, LineJoiner joiner)
    {
        var lines = written.Select(line => (Text: Emphasis().Replace(line.Text, "").Trim(), line.Line))
            .Where(line => line.Text.Length > 0).ToList();
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
            return new ComposedCaption("", [], copies);

        string text = lines[0].Text;
        var map = ImmutableArray.CreateBuilder<TextLine>();
        map.Add(new TextLine(0, lines[0].Line));
        foreach (var (line, number) in lines.Skip(1))
        {
            text = joiner.Join(text, line);
            map.Add(new TextLine(text.Length - line.Length, number));
        }
        return new ComposedCaption(text, map.ToImmutable(), copies);
    }
}

/// <param name="Map">Where each line kept starts in <paramref name="Text"/>.</param>
/// <param name="Copies">2 when a line was a copy of the next (alt text and caption), else 1.</param>
internal sealed record ComposedCaption(string Text, ImmutableArray<TextLine> Map, int Copies);
