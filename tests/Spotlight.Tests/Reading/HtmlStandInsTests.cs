using System.Text;
using AngleSharp.Html.Parser;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Long runs of a page's text given to the HTML parser as stand-ins and put back in its tree (<see cref="HtmlStandIns"/>):
/// a page read with every run it can stand in for gives the text, hints and places of the page read without any, wherever
/// the run stands; a run the parser reads otherwise (a reference, a CR, white space where the parser weighs it) is put
/// back as the parser reads it or not stood in for; and a stand-in the parser puts elsewhere than ordinary text is not
/// put back, and the page is read again without stand-ins.
/// </summary>
public sealed class HtmlStandInsTests
{
    private const string Head = HtmlBreaksTests.Head, Tail = HtmlBreaksTests.Tail;

    private static SourceText Read(string page, int shortestStandIn) =>
        new HtmlReportReader { ShortestStandIn = shortestStandIn }.Read(Encoding.UTF8.GetBytes(page));

    /// <summary>How many runs of a page are stood in for when every run that can be is.</summary>
    private static int StoodIn(string page)
    {
        var (html, _, _, _, runs) = HtmlNesting.Cap(page, breaksAsText: true, shortestRun: 1);
        return HtmlStandIns.Write(html, runs, shortest: 1).StandIns?.Count ?? 0;
    }

    public static IEnumerable<TestCaseData> Pages()
    {
        static TestCaseData Case(string name, string page, int stoodIn) => new TestCaseData(page, stoodIn).SetArgDisplayNames(name);
        yield return Case("paragraphs and a list", Head + "<p>Iran sent aid to Syria (Fars, May 3).</p>\n<ul><li>The first point of the list</li><li>and a second one</li></ul>" + Tail, 4);
        yield return Case("text before the page's first tag", "   Words before any tag at all\n<!DOCTYPE html><html><body><p>and a paragraph after them</p></body></html>", 2);
        yield return Case("a CRLF before the page's first text", "\r\n\r\nwords of the page<p>and a paragraph after them</p>", 2);
        yield return Case("text in the head and after the body", "<html><head><title>T</title>  Stray words in the head</head><body><p>Body words here</p></body>  words after the body</html>  and after the page", 4);
        yield return Case("a pre and its first line break", Head + "<pre>\nfirst line of the pre\n  second line, indented</pre><pre>\n\n two blank lines first</pre>" + Tail, 3);
        // Of the paragraph's runs between references, "A of the week " and "with words after" are long enough; the others
        // are shorter once the reference's name before them is left out ("2021 ", "BC and ", "and AT").
        yield return Case("character references", Head + "<p>Q&amp;A of the week &copy 2021 &#x41;BC and &notareference; and AT&T with words after</p>" + Tail, 3);
        yield return Case("CR and CRLF line ends", Head + "<p>line one is here\r\nline two is here\rline three\r\n\r\nafter a blank</p>\r\n<h2>A heading after them</h2>\r<p>and its text</p>" + Tail, 4);
        // A '<' that opens no tag is text to the parser, and the run goes on through it: one stand-in for the paragraph.
        yield return Case("a '<' that opens nothing", Head + "<p>if a < b then the words go on, and 3 <4 too</p>" + Tail, 2);
        yield return Case("line breaks in the run", Head + "<p>Iran sent aid (Fars, May 3).<br>\n  A second line <br> (IRNA).<br class=\"x\"/><br>A third line</p><div>bare text<br>and more of it</div>" + Tail, 3);
        yield return Case("a run of many lines before elements", Head + "<p>one\ntwo\nthree\nfour words\nfive</p>\n\n<h2>Heading after them</h2>\n<p>x<br>y and z</p>" + Tail, 4);
        yield return Case("in a table, a select, raw text and a comment", Head + "<table><tr><td>words in a cell</td></tr></table><select><option>an option's words</option></select>"
            + "<script>var words = 'in a script';</script><textarea>words in a textarea</textarea><!-- words in a comment --><p>words after them all</p>" + Tail, 2);
        yield return Case("in SVG and after plaintext", Head + "<p>words before svg<svg><text>words in svg</text></svg>words after svg</p><plaintext>words after plaintext</p>" + Tail, 3);
        yield return Case("nested past the cap", "<html><body>" + string.Concat(Enumerable.Repeat("<div>words in a div ", 600)) + "<p>words at the end</p></body></html>", 601);
        yield return Case("in inline elements", Head + "<p><b>bold words here</b> plain words here <i>italic words</i> tail words</p>" + Tail, 5);
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_run_stood_in_reads_as_the_page_itself(string page, int stoodIn)
    {
        var standingIn = Read(page, shortestStandIn: 1);
        var itself = Read(page, shortestStandIn: int.MaxValue);
        Assert.That(standingIn.Text, Is.EqualTo(itself.Text));
        Assert.That(ReadLines.Of(standingIn), Is.EqualTo(ReadLines.Of(itself)), "hints and places");
        for (int line = 1; line <= itself.LineCount; line++)
            Assert.That(standingIn.InputPositionOf(line, 2), Is.EqualTo(itself.InputPositionOf(line, 2)), $"line {line}");
        Assert.That(StoodIn(page), Is.EqualTo(stoodIn));
    }

    [TestCaseSource(nameof(Pages))]
    public void Every_run_stood_in_and_put_back_gives_the_tree_of_the_page_itself(string page, int _)
    {
        var (html, _, _, _, runs) = HtmlNesting.Cap(page, breaksAsText: true, shortestRun: 1);
        var (parsed, standIns) = HtmlStandIns.Write(html, runs, shortest: 1);
        var standingIn = new HtmlParser().ParseDocument(parsed);
        Assert.That(standIns!.Resolve(standingIn, html), Is.True);
        var itself = new HtmlParser().ParseDocument(html.ToString());
        // Serialised as it is, and node by node: white space the parser puts in the <html> element rather than the body, a CR
        // read as LF, and text split into nodes otherwise would each show.
        Assert.That(standingIn.DocumentElement.OuterHtml, Is.EqualTo(itself.DocumentElement.OuterHtml));
        Assert.That(Texts(standingIn), Is.EqualTo(Texts(itself)));
    }

    private static string[] Texts(AngleSharp.Dom.IDocument document) =>
        [.. HtmlBreaks.Texts(document).Select(text => $"{text.Text.ParentElement!.LocalName}/{text.Apart}: {text.Text.Data}")];

    [TestCaseSource(typeof(HtmlBreaksTests), nameof(HtmlBreaksTests.Pages))]
    public void Every_run_of_a_page_of_line_breaks_stood_in_reads_as_the_page_itself(string page, int _)
    {
        Assert.That(ReadLines.Of(Read(page, shortestStandIn: 1)), Is.EqualTo(ReadLines.Of(Read(page, shortestStandIn: int.MaxValue))));
    }

    // Pieces of markup and text that the parser reads each in its own way, put together at random below.
    private static readonly string[] Fragments =
    [
        "<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<i>", "<br>", "<br/>", "<br class=x>", "<h2>", "</h2>", "<li>", "<ul>", "</ul>",
        "<table>", "<tr><td>", "</td></tr>", "</table>", "<select><option>", "</select>", "<script>x<y</script>", "<style>p{}</style>",
        "<textarea>", "</textarea>", "<title>", "</title>", "<!-- c -->", "<!--", "-->", "<pre>", "</pre>", "<svg><text>", "</svg>",
        "<math>", "</math>", "<template>", "</template>", "<![CDATA[x]]>", "</body>", "</html>", "<body>", "<head>", "<figcaption>",
        "&amp;", "&copy", "&#65;", "&#x42;", "&nosuch;", "&", "\r\n", "\r", "\n", "  ", "\t", " a < b ", "<1", "</ x>",
        "words of text", "more words", "Iran (Fars, May 3).", "ünïcode ✓", "x", "\u00A0",
    ];

    [Test]
    public void Pages_put_together_at_random_read_alike_with_every_run_stood_in_and_with_none()
    {
        var random = new Random(17);
        for (int n = 0; n < 2_000; n++)
        {
            string page = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            var (html, _, _, _, runs) = HtmlNesting.Cap(page, breaksAsText: true, shortestRun: 1);
            var (parsed, standIns) = HtmlStandIns.Write(html, runs, shortest: 1);
            var itself = new HtmlParser().ParseDocument(html.ToString());
            var standingIn = new HtmlParser().ParseDocument(parsed);
            // Put back, the tree is the page's own; not put back (a run the parser read apart), the page is read without them.
            if (standIns is not null && standIns.Resolve(standingIn, html))
                Assert.That(standingIn.DocumentElement.OuterHtml, Is.EqualTo(itself.DocumentElement.OuterHtml), page);
            SourceText? with = null, without = null;
            string? withError = null, withoutError = null;
            try { with = Read(page, 1); } catch (ReportReadException e) { withError = e.Message; }
            try { without = Read(page, int.MaxValue); } catch (ReportReadException e) { withoutError = e.Message; }
            Assert.That(withError, Is.EqualTo(withoutError), page);
            if (with is not null)
                Assert.That(ReadLines.Of(with), Is.EqualTo(ReadLines.Of(without!)), page);
        }
    }

    [Test]
    public void A_long_paragraph_of_line_breaks_is_one_stand_in_and_the_parser_reads_a_short_page()
    {
        string paragraph = string.Concat(Enumerable.Repeat("A line of the paragraph (Fars, May 3).<br>\n", 500));
        string page = Head + "<p>" + paragraph + "</p><h2>After it</h2>" + Tail;
        var (html, _, _, breaks, runs) = HtmlNesting.Cap(page, breaksAsText: true);
        var (parsed, standIns) = HtmlStandIns.Write(html, runs);
        Assert.That((breaks, standIns!.Count), Is.EqualTo((500, 1)));
        Assert.That(parsed.Length, Is.EqualTo(page.Length - paragraph.Length + 7), "a mark and six digits for the paragraph");
        Assert.That(parsed, Does.Not.Contain("A line of the paragraph"));
        // The heading after it stands where it stands in the page: 500 lines down.
        int heading = page.IndexOf("<h2>");
        Assert.That(standIns.InPage(parsed.IndexOf("<h2>")), Is.EqualTo(heading));
        var lines = ReadLines.Of(new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page)));
        Assert.That(lines, Does.Contain("Heading@504:5 After it"));
        Assert.That(lines.Count(line => line.EndsWith("A line of the paragraph (Fars, May 3).")), Is.EqualTo(500));
    }

    [Test]
    public void A_run_beside_a_reference_starts_after_its_name()
    {
        // "&copy" needs no semicolon, and the parser reads on through a name: the stand-in starts after it, not at "copy".
        string page = "<p>words &copy words and &amp;more words</p>";
        var (html, _, _, _, runs) = HtmlNesting.Cap(page, breaksAsText: true, shortestRun: 1);
        var (parsed, _) = HtmlStandIns.Write(html, runs, shortest: 1);
        Assert.That(parsed, Does.Contain("&copy \u0083").And.Contain("&amp;\u0083"));
        Assert.That(ReadLines.Of(Read(page, 1)), Is.EqualTo(new[] { "Paragraph@1:1 words © words and &more words" }));
    }

    [TestCase("<p>x</p><select><option>a stand-in in a select</option></select>", "a stand-in in a select", TestName = "In a select")]
    [TestCase("<p>x</p><!--a stand-in in a comment--><p>y</p>", "a stand-in in a comment", TestName = "In a comment")]
    [TestCase("<p title='a stand-in in an attribute'>x</p>", "a stand-in in an attribute", TestName = "In an attribute")]
    public void A_stand_in_the_parser_puts_elsewhere_than_ordinary_text_is_not_put_back(string page, string run)
    {
        int start = page.IndexOf(run);
        var (parsed, standIns) = HtmlStandIns.Write(page.AsMemory(), [(start, start + run.Length)], shortest: 1);
        var document = new HtmlParser().ParseDocument(parsed);
        Assert.That(standIns!.Resolve(document, page.AsMemory()), Is.False);
    }

    [Test]
    public void A_run_the_parser_puts_elsewhere_than_it_stands_is_read_again_without_stand_ins()
    {
        // The end tag of the caption is read here as closing the select; the parser ignores it there, and keeps the
        // text after it in the select: the page is read again, as it is without stand-ins.
        string page = "<p>x</p><figcaption><select></figcaption><option><a>words after them all";
        Assert.That(StoodIn(page), Is.EqualTo(1));
        Assert.That(ReadLines.Of(Read(page, 1)), Is.EqualTo(ReadLines.Of(Read(page, int.MaxValue))));
    }

    [Test]
    public void A_run_at_a_place_past_what_the_digits_say_is_not_stood_in()
    {
        var (parsed, standIns) = HtmlStandIns.Write("<p>x</p>".AsMemory(), [(3, MarkDigits.Limit + 1)], shortest: 1);
        Assert.That((parsed, standIns), Is.EqualTo(("<p>x</p>", (HtmlStandIns?)null)));
    }
}
