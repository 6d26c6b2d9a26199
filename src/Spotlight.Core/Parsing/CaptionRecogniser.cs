using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Spotlight.Model;

namespace Spotlight.Parsing;

/// <summary>
/// Image captions: short paragraphs without a bullet, set apart by extra blank lines, that end in a
/// source in parentheses ("(Fars, November 4)") or a "Source: …" tail.
/// </summary>
internal static partial class CaptionRecogniser
{
    private const int MaxCaptionLength = 300;

    // A citation-like parenthesis holds a date, a year or a comma-separated source; "(IRGC)" does not.
    [GeneratedRegex(@"\((?=[^()]*(?:[0-9]|,|;))[^()]*\p{L}[^()]*\)[\s.]*$")]
    private static partial Regex EndsWithCitation();

    [GeneratedRegex(@"(?:^|[\s(])Sources?\s*:\s*\S[^()]*\)?[\s.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithSourceTail();

    [GeneratedRegex(@"\*\*|__")]
    private static partial Regex Emphasis();

    /// <summary>The caption a block holds, with emphasis removed and a repeated line (alt text) dropped.</summary>
    public static bool TryRecognise(Block block, LineJoiner joiner, out string caption, out ImmutableArray<TextLine> lineMap)
    {
        caption = "";
        lineMap = [];
        if (block.BlankLinesBefore < 2 && block.LineCount == 1 && !block.LineSpan(0).Contains("**", StringComparison.Ordinal))
            return false; // not set apart, not emphasised, not repeated: no caption, whatever it says
        int total = 0;
        for (int i = 0; i < block.LineCount; i++)
            total += block.LineSpan(i).Length;
        if (total > MaxCaptionLength * 2 + 8)
            return false; // even a caption written twice is not this long
        bool emphasised = block.Lines.Any(line => line.Contains("**") || line.StartsWith("__"));
        var lines = block.Lines.Select((line, i) => (Text: Emphasis().Replace(line, "").Trim(), Number: block.FirstLine + i))
            .Where(line => line.Text.Length > 0).ToList();
        bool repeated = RemoveRepeats(lines);
        if (lines.Count == 0)
            return false;

        string text = lines[0].Text;
        var map = ImmutableArray.CreateBuilder<TextLine>();
        map.Add(new TextLine(0, lines[0].Number));
        foreach (var (line, number) in lines.Skip(1))
        {
            text = joiner.Join(text, line);
            map.Add(new TextLine(text.Length - line.Length, number));
        }
        // Extra space before it sets a caption apart; space after it alone does not, since the paragraph
        // that precedes a caption has that too.
        bool apart = block.BlankLinesBefore >= 2 || emphasised || repeated;
        // A caption opens like a sentence; text in lower case after a gap is a paragraph cut by a page break.
        if (!apart || text.Length > MaxCaptionLength || char.IsLower(text[0]))
            return false;
        if (!EndsWithCitation().IsMatch(text) && !EndsWithSourceTail().IsMatch(text))
            return false;

        caption = text;
        lineMap = map.ToImmutable();
        return true;
    }

    /// <summary>Drops a line that the next line repeats whole or begins with (image alt text before its caption).</summary>
    private static bool RemoveRepeats(List<(string Text, int Number)> lines)
    {
        bool removed = false;
        for (int i = lines.Count - 2; i >= 0; i--)
        {
            if (lines[i + 1].Text.StartsWith(lines[i].Text, StringComparison.Ordinal))
            {
                lines.RemoveAt(i);
                removed = true;
            }
        }
        return removed;
    }
}
