using System.Net;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Spotlight.SampleBuilder;

/// <summary>Which twin the words are compared with.</summary>
internal enum TwinKind
{
    Html,
    /// <summary>A PDF of the flowing layout: body words only, page furniture dropped by position.</summary>
    PdfFlow,
    /// <summary>A PDF set line for line from its text: every word, footers and footnotes too.</summary>
    PdfLines,
}

/// <summary>
/// Reads the twins back the way a careful reader would and compares their words with the
/// blocks they were built from, so that a twin never silently drifts from its text sample.
/// </summary>
internal static partial class TwinCheck
{
    private static readonly string[] GlyphTokens = ["•", "►", "▪"];

    // Words on baselines closer than this are one line of the page (a superscript is raised less).
    private const double SameLine = 4;

    /// <summary>
    /// The words a twin must give, in its reading order: a web page leaves the site's text out of
    /// the article and glues a footnote mark to its word; a PDF sets the mark apart in small type,
    /// and a page's footnotes stand above its footer, though the text writes the footer first.
    /// A caption written twice is set once.
    /// </summary>
    public static IReadOnlyList<string> ExpectedWords(IReadOnlyList<Block> blocks, TwinKind kind)
    {
        var words = new List<string>();
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if ((kind == TwinKind.Html && b.Kind == BlockKind.SiteText) || (kind == TwinKind.PdfLines && b.Kind == BlockKind.Footnote))
            {
                continue;
            }
            if (kind == TwinKind.PdfLines && b.Kind == BlockKind.PageLine)
            {
                words.AddRange(blocks.Skip(i + 1).TakeWhile(f => f.Kind == BlockKind.Footnote).SelectMany(f => Words(f.Text)));
            }
            var text = b.Glyph is null ? b.Text : b.Glyph + " " + b.Text;
            words.AddRange(Words(b.Mark is null ? text : kind == TwinKind.Html ? text + b.Mark : text + " " + b.Mark));
        }
        return words;
    }

    /// <summary>The site's text around the article, as a copy of the page gives it without the list numbers.</summary>
    public static IReadOnlyList<string> ExpectedSiteWords(IReadOnlyList<Block> blocks) =>
        blocks.Where(b => b.Kind == BlockKind.SiteText).SelectMany(b => Words(ListNumber().Replace(b.Text, ""))).ToList();

    /// <summary>Words of the PDF; optionally prints every page.</summary>
    public static IReadOnlyList<string> PdfWords(string path, TextWriter? dump, TwinKind kind)
    {
        var words = new List<string>();
        using var document = PdfDocument.Open(path);
        foreach (var page in document.GetPages())
        {
            var all = page.GetWords().ToList();
            dump?.WriteLine($"--- {Path.GetFileName(path)} page {page.Number} ({all.Count} words) ---");
            dump?.WriteLine(string.Join(" ", all.Select(w => w.Text)));
            words.AddRange(kind == TwinKind.PdfLines
                ? InLines(all).Select(w => w.Text)
                : all
                    .Where(w => w.Letters[0].StartBaseLine.Y is >= PdfTwin.BodyBottom and <= PdfTwin.BodyTop)
                    .Select(w => w.Text));
        }
        return words;
    }

    // Top to bottom, then left to right within a line, a superscript with the line it is raised from.
    private static IEnumerable<Word> InLines(List<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y))
        {
            var y = word.Letters[0].StartBaseLine.Y;
            if (lines.Count == 0 || lines[^1][0].Letters[0].StartBaseLine.Y - y > SameLine)
            {
                lines.Add([]);
            }
            lines[^1].Add(word);
        }
        return lines.SelectMany(line => line.OrderBy(w => w.Letters[0].StartBaseLine.X));
    }

    /// <summary>Words of the article element: tags dropped, entities decoded, no-break spaces as spaces.</summary>
    public static IReadOnlyList<string> HtmlWords(string path)
    {
        var html = File.ReadAllText(path);
        int start = html.IndexOf("<article", StringComparison.Ordinal);
        int end = html.IndexOf("</article>", StringComparison.Ordinal);
        return MarkupWords(html[start..end]);
    }

    /// <summary>Words of the page's main column above the article: the site's own text.</summary>
    public static IReadOnlyList<string> HtmlSiteWords(string path)
    {
        var html = File.ReadAllText(path);
        int start = html.IndexOf("<main>", StringComparison.Ordinal);
        int end = html.IndexOf("<article", StringComparison.Ordinal);
        return MarkupWords(html[start..end]);
    }

    private static List<string> MarkupWords(string markup)
    {
        // Inline tags sit inside words' neighbourhoods ("“<em>axis"), so they vanish; block tags
        // and <br> separate text, so they become spaces.
        markup = InlineTag().Replace(markup, "");
        markup = AnyTag().Replace(markup, " ");
        return Words(WebUtility.HtmlDecode(markup).Replace('\u00A0', ' '));
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

    [GeneratedRegex(@"</?(em|strong|a|img|span|sup)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex ListNumber();
}
