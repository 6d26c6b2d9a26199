using System.Net;
using CsCheck;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Texts shaped like a report, so that random inputs get past the reader into the parser and the extractors:
/// a header (title, period, author, summary label) whose parts may be missing, then headings, bullet items
/// with citations and dates, captions, page numbers and stray lines, apart by none to three blank lines.
/// The pieces are the forms the samples use and near misses of them.
/// </summary>
internal static class ReportTextGen
{
    private static readonly Gen<string> Month = Gen.OneOf(
        "January", "February", "March", "May", "June", "September", "Sept.", "Sep", "October", "November", "December", "Dec.", "Mayo");

    private static readonly Gen<string> Day = Gen.Frequency((6, Gen.Int[1, 31].Select(d => d.ToString())), (1, Gen.OneOf("0", "32", "99", "1st")));

    private static readonly Gen<string> Year = Gen.Frequency((6, Gen.Int[2014, 2023].Select(y => y.ToString())), (1, Gen.OneOf("1999", "0", "99999", "'21")));

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Select(Month, Day, (m, d) => $"{m} {d}"),
        Gen.Select(Month, Day, Year, (m, d, y) => $"{m} {d}, {y}"),
        Gen.Select(Month, Day, Year, (m, d, y) => $"{d} {m} {y}"),
        Gen.Select(Month, Year, (m, y) => $"{m} {y}"),
        Gen.Select(Gen.OneOf("early", "mid", "late", "mid-", "early-"), Month, (p, m) => $"{p} {m}"),
        Gen.Select(Gen.OneOf("early", "late"), Year, (p, y) => $"{p} {y}"),
        Gen.Select(Month, Day, (m, d) => $"the week of {m} {d}"),
        Gen.OneOf("last month", "last week", "yesterday", "this year", "next month", "in recent days"));

    private static readonly Gen<string> Dash = Gen.OneOf(" – ", " - ", "–", "-", " — ", " to ");

    private static readonly Gen<string> Period = Gen.OneOf(
        Gen.Select(Date, Dash, Date, (a, d, b) => $"{a}{d}{b}"),
        Gen.Select(Day, Day, Month, Year, (a, b, m, y) => $"{a}-{b} {m} {y}"),
        Gen.Select(Month, Day, Day, Year, (m, a, b, y) => $"{m} {a}-{b}, {y}"),
        Gen.Select(Date, Date, (a, b) => $"({a} – {b})"),
        Date);

    private static readonly Gen<string> Title = Gen.OneOf(
        "Spotlight on Iran", "Spotlight on Iran*", "SPOTLIGHT ON IRAN", "Spotlight on Iran – Special Edition", "Spotlight", "Iran");

    private static readonly Gen<string> Person = Gen.OneOf("Dr. Raz Zimmt", "Raz Zimmt", "Brig. Gen. (res.) Yossi Kuperwasser", "Prof. A. B.", "Mrs.", "");

    private static readonly Gen<string> Author = Gen.Select(Gen.OneOf("Author: ", "Editor: ", "By ", "Authors: ", "Author:"), Person, (p, n) => p + n);

    private static readonly Gen<string> SummaryLabel = Gen.OneOf(
        "Overview", "Overview[1]", "Highlights of the week", "Main Points", "Main points of the week:", "Summary", "Key Points");

    private static readonly Gen<string> Heading = Gen.OneOf(
        Gen.OneOf("Iranian Involvement in Syria", "Iraq", "The Nuclear Program", "Yemen", "Iran and the Palestinian Arena",
            "Afghanistan", "Iran in Africa", "Iranian Involvement in Lebanon", "Iran’s Involvement in Iraq", "Iranian Activity in"),
        Gen.Select(Gen.OneOf("Iranian Involvement in ", "Iran and ", "Iran in ", ""), Gen.String[Gen.Char.AlphaNumeric, 1, 12], (p, n) => p + n));

    private static readonly Gen<string> Glyph = Gen.OneOf("► ", "►", "▶ ", "• ", "▪ ", "- ", "* ", "1. ", "12. ", "- ▶ ", "");

    private static readonly Gen<string> Outlet = Gen.OneOf(
        "Fars", "IRNA", "ISNA", "Tasnim News", "Mehr", "al-Alam", "Al Jazeera", "Nour News", "Twitter", "Telegram",
        "@dyaakaddor", "ammar_sakkar", "Fars News Agency", "Shafaq News", "unknown outlet", "");

    private static readonly Gen<string> Citation = Gen.OneOf(
        Gen.Select(Outlet, Date, (o, d) => $"({o}, {d})"),
        Gen.Select(Outlet, Date, Outlet, Date, (o, d, p, e) => $"({o}, {d}; {p}, {e})"),
        Gen.Select(Outlet, o => $"({o})"),
        Gen.Select(Date, d => $"({d})"),
        Gen.Select(Outlet, Date, (o, d) => $"[{o}, {d}]"),
        Gen.OneOf("(", ")", "((", "()", "(, )", "[1]", "(Fars, November 7", "Fars, November 7)"));

    private static readonly Gen<string> Word = Gen.OneOf(
        "the", "Iranian", "minister", "met", "with", "in", "Tehran", "Damascus", "Baghdad", "on", "reported", "stated",
        "that", "militias", "IRGC", "Qods", "Force", "al-Kazimi", "pro-", "Iranian-", "reconstruc-", "tion", "U.S.", "Mr.", "Dr.",
        "channel", "website", "agency", "tweeted", "Source:", "**", ":", ";", ",", "“fake news”", "\"quoted\"", "’s");

    private static readonly Gen<string> Sentence = Gen.Select(
        Word.Array[1, 14], Gen.Frequency((3, Date.Select(d => " on " + d)), (3, Gen.Const("")), (1, Citation.Select(c => " " + c))),
        Gen.OneOf(".", ".", ".", "", ":", "?", "…"),
        (words, tail, end) => string.Join(' ', words) + tail + end);

    private static readonly Gen<string> ItemText = Gen.Select(
        Glyph, Sentence.Array[1, 3], Gen.Frequency((3, Citation.Select(c => " " + c + ".")), (1, Gen.Const(""))),
        (glyph, sentences, citation) => glyph + string.Join(' ', sentences) + citation);

    private static readonly Gen<string> Caption = Gen.OneOf(
        Gen.Select(Sentence, Citation, (s, c) => $"{s} {c}"),
        Gen.Select(Sentence, Outlet, (s, o) => $"{s} Source: {o}"),
        Gen.Select(Sentence, Citation, (s, c) => $"**{s}\n{c}**"),
        Gen.Select(Sentence, Citation, (s, c) => $"{s}\n{c}"));

    private static readonly Gen<string> Stray = Gen.OneOf(
        Gen.Int[1, 40].Select(n => n.ToString()),
        Gen.OneOf("\u00A0", "\f", "\t", "\uFEFF", "\u200F", "ایران و سوریه", "😀", "(", ")", "* * *", "—"));

    /// <summary>One block: a heading, an item (maybe broken over a page), a caption or a stray line.</summary>
    private static readonly Gen<string> Block = Gen.Frequency(
        (2, Heading),
        (6, ItemText),
        (1, Gen.Select(ItemText, Gen.Int[0, 200], (text, at) => text.Insert(Math.Min(at, text.Length), "\n\n"))),
        (2, Caption),
        (1, Stray),
        (1, SummaryLabel));

    private static readonly Gen<string[]> Header = Gen.Select(
        Title.Null(0.1), Period.Null(0.15), Author.Null(0.2), SummaryLabel.Null(0.3), Gen.Int[0, 4],
        (title, period, author, label, leadingBlanks) => Enumerable.Repeat("", leadingBlanks)
            .Concat(new[] { title, period, author, label }.Where(l => l is not null).Select(l => l!)).ToArray());

    private static readonly Gen<(int Blanks, string Text)[]> Blocks = Gen.Select(Gen.Frequency((1, 0), (6, 1), (1, 2), (2, 3)), Block).Array[0, 16];

    /// <summary>The lines of a report text, before they are joined.</summary>
    public static readonly Gen<string[]> Lines = Gen.Select(Header, Blocks, (header, blocks) =>
        header.SelectMany(h => new[] { h, "" })
            .Concat(blocks.SelectMany(b => Enumerable.Repeat("", b.Blanks).Append(b.Text)))
            .SelectMany(l => l.Split('\n'))
            .ToArray());

    /// <summary>Whether a text holds nothing to read: only white space, after a byte order mark.</summary>
    public static bool IsBlank(string text) => string.IsNullOrWhiteSpace(text.StartsWith('\uFEFF') ? text[1..] : text);

    /// <summary>A report text, with LF or CRLF line ends; it may hold nothing but white space.</summary>
    public static readonly Gen<string> Text = Gen.Select(Lines, Gen.Frequency((4, "\n"), (1, "\r\n")), (lines, end) => string.Join(end, lines) + end);

    /// <summary>The same kind of report as a web page: each line in a paragraph, heading, list item or caption, inside an article or not.</summary>
    public static readonly Gen<string> Html = Gen.Select(
        Lines, Gen.OneOf("p", "h2", "h3", "li", "figcaption", "div").Array[1, 6], Gen.OneOf("article", "main", "div class=\"entry-content\"", "body"),
        (lines, tags, container) =>
        {
            string tag = container.Split(' ')[0];
            var body = lines.Select((line, i) => line.Length == 0 ? "" : $"<{tags[i % tags.Length]}>{WebUtility.HtmlEncode(line)}</{tags[i % tags.Length]}>");
            return $"<!DOCTYPE html><html><head><title>Spotlight</title></head><body><nav>Home | About</nav><{container}>\n"
                + string.Join("\n", body) + $"\n</{tag}><footer>© 2021</footer></body></html>";
        });
}
