using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Spotlight.SampleBuilder;

/// <summary>
/// Reads the twins back the way a careful reader would and compares their words with the
/// blocks they were built from, so that a twin never silently drifts from its text sample.
/// </summary>
internal static partial class TwinCheck
{
    private static readonly string[] GlyphTokens = ["•", "►", "▪"];

    public static IReadOnlyList<string> ExpectedWords(IReadOnlyList<Block> blocks) =>
        blocks.SelectMany(b => Words(b.Glyph is null ? b.Text : b.Glyph + " " + b.Text)).ToList();

    /// <summary>Body words of the PDF, page furniture dropped by position; optionally prints every page.</summary>
    public static IReadOnlyList<string> PdfWords(string path, TextWriter? dump)
    {
        var words = new List<string>();
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            var all = page.GetWords().ToList();
            dump?.WriteLine($"--- {Path.GetFileName(path)} page {page.Number} ({all.Count} words) ---");
            dump?.WriteLine(string.Join(" ", all.Select(w => w.Text)));
            words.AddRange(all
                .Where(w => w.Letters[0].StartBaseLine.Y is >= PdfTwin.BodyBottom and <= PdfTwin.BodyTop)
                .Select(w => w.Text));
        }
        return words;
    }

    /// <summary>Words of the article element: tags dropped, entities decoded, no-break spaces as spaces.</summary>
    public static IReadOnlyList<string> HtmlWords(string path)
    {
        var html = File.ReadAllText(path);
        int start = html.IndexOf("<article", StringComparison.Ordinal);
        int end = html.IndexOf("</article>", StringComparison.Ordinal);
        var article = html[start..end];
        // Inline tags sit inside words' neighbourhoods ("“<em>axis"), so they vanish; block tags
        // and <br> separate text, so they become spaces.
        article = InlineTag().Replace(article, "");
        article = AnyTag().Replace(article, " ");
        return Words(WebUtility.HtmlDecode(article).Replace('\u00A0', ' '));
    }

    /// <summary>Null when equal, else where the two word lists first differ.</summary>
    public static string? Compare(IReadOnlyList<string> expected, IReadOnlyList<string> actual, bool ignoreGlyphs)
    {
        if (ignoreGlyphs)
        {
            expected = expected.Where(w => !GlyphTokens.Contains(w)).ToList();
            actual = actual.Where(w => !GlyphTokens.Contains(w)).ToList();
        }
        int i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i])
        {
            i++;
        }
        if (i == expected.Count && i == actual.Count)
        {
            return null;
        }
        string Around(IReadOnlyList<string> words) => string.Join(" ", words.Skip(Math.Max(0, i - 4)).Take(9));
        return $"word {i} of {expected.Count}/{actual.Count}: expected \"{Around(expected)}\", got \"{Around(actual)}\"";
    }

    private static List<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();

    [GeneratedRegex(@"</?(em|strong|a|img|span)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();
}
