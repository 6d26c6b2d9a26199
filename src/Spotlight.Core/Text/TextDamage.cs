using Spotlight.Diagnostics;
using System.Buffers;
using System.Text.RegularExpressions;

namespace Spotlight.Text;

/// <summary>
/// Damage a wrong encoding left in text that decoded cleanly: the replacement character U+FFFD, or UTF-8 read as
/// Windows-1252 somewhere upstream ("â€™" for ’, "Ã©" for é). Found once, while the tree is built, so that parse
/// and validate report it at the same place; the first on each line is reported.
/// </summary>
public static partial class TextDamage
{
    // Every pattern starts with one of these; text without them, nearly all text, is not scanned line by line.
    private static readonly SearchValues<char> Starts = SearchValues.Create("\uFFFDâÃÂ");

    [GeneratedRegex("\uFFFD|â€[\u0080-\u00BF™œ\u009D˜¦”“•–—šžŸ]|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]")]
    private static partial Regex Damage();

    [GeneratedRegex("â€[\u0080-\u00BF™œ\u009D˜¦”“•–—šžŸ]|Ã[\u0080-\u00BF]|Â[\u00A0-\u00BF]")]
    private static partial Regex MisreadUtf8();

    /// <summary>The text with a finding for each damaged line added to its diagnostics.</summary>
    public static SourceText Mark(SourceText source)
    {
        if (source.Text.AsSpan().IndexOfAny(Starts) < 0)
            return source;
        // Bytes the decoder replaced are one finding already, which counts them and names the first.
        bool replaced = source.Diagnostics.Any(d => d.Code == DiagnosticRegistry.EncodingDamage.Code);
        var pattern = replaced ? MisreadUtf8() : Damage();
        var findings = new List<Diagnostic>();
        for (int line = 1; line <= source.LineCount; line++)
        {
            var text = source.Line(line);
            foreach (var match in pattern.EnumerateMatches(text))
            {
                var value = text.Slice(match.Index, match.Length);
                findings.Add(DiagnosticRegistry.EncodingDamage.At(line, match.Index + 1,
                    detail: value is "\uFFFD" ? "U+FFFD" : $"'{value}'"));
                break;
            }
        }
        return source.WithDiagnostics(findings);
    }
}
