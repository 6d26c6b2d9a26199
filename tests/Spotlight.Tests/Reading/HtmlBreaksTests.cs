using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Line breaks written as text before the parser reads the page (<see cref="HtmlBreaks"/>): the lines, their hints and
/// their places in the page are those the &lt;br&gt; elements give, wherever a &lt;br&gt; stands; a &lt;br&gt; in raw
/// text, a comment or an attribute is left as it is; and a page of line breaks holds no element for them.
/// </summary>
public sealed class HtmlBreaksTests
{
    /// <summary>A report's web page around the markup a test gives: its title, in an article.</summary>
    internal const string Head = "<!DOCTYPE html>\n<html><head><title>T</title></head><body><article>\n<h1>Spotlight on Iran</h1>\n";
    internal const string Tail = "\n</article></body></html>\n";

    private static SourceText Read(string page, bool breaksAsText) =>
        new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page), breaksAsText);

    /// <summary>How many &lt;br&gt; of a page are written as text, and how many elements are left.</summary>
    private static (int Breaks, int Elements) Written(string page)
    {
        var (html, _, elements, breaks, _) = HtmlNesting.Cap(page, breaksAsText: true);
        Assert.That(html, Has.Length.EqualTo(page.Length), "the page keeps its length, and every tag its place");
        return (breaks, elements);
    }

    /// <summary>The lines read with the line breaks written as text, checked against those the &lt;br&gt; elements give.</summary>
    private static string[] Lines(string page)
    {
        var asText = Read(page, breaksAsText: true);
        var asElements = Read(page, breaksAsText: false);
        Assert.That(asText.Text, Is.EqualTo(asElements.Text));
        string[] lines = ReadLines.Of(asText);
        Assert.That(lines, Is.EqualTo(ReadLines.Of(asElements)), "hints and places as the <br> elements give them");
        for (int line = 1; line <= asText.LineCount; line++)
            Assert.That(asText.InputPositionOf(line, 3), Is.EqualTo(asElements.InputPositionOf(line, 3)), $"line {line}");
        return lines;
    }

    public static IEnumerable<TestCaseData> Pages()
    {
        static TestCaseData Case(string name, string body, int written) =>
            new TestCaseData(Head + body + Tail, written).SetArgDisplayNames(name);
        yield return Case("in a paragraph", "<p>Iran sent aid (Fars, May 3).<br>A second line (IRNA).<br>A third</p>", 2);
        yield return Case("in list items", "<h2>Overview</h2><ul><li>One<br>two</li><li>  three <br> four  </li></ul><ol><li>x<br>y</li></ol>", 3);
        yield return Case("in a caption", "<figure><img src=x><figcaption>Photo<br>(Fars, May 5)</figcaption></figure><p class='caption'>c1<br>c2</p>", 2);
        yield return Case("in headings", "<h2>Iranian<br>Involvement</h2><h3><br>Lead</h3><h4>Trail<br></h4>", 3);
        yield return Case("in pre", "<pre>\nline one<br>line two\n  indented <br>\n end</pre><pre><br>\nfirst</pre>", 3);
        yield return Case("at the start and end of a block", "<p><br>start</p><p>end<br></p><p><br></p><div><br>d1<br></div>", 5);
        yield return Case("one after another", "<p>a<br><br>b<br><br><br>c</p><div>x<br><br>y</div>", 7);
        yield return Case("between spaces", "<p>a <br> b</p><p>a&nbsp;<br>&nbsp;b</p><p> <br> </p><div> a <br> <span> b </span> <br> c </div>", 5);
        yield return Case("in inline elements", "<p><b>bold<br>more</b> plain<br><i>it</i></p><div>text<br><span>s</span><br>tail</div>", 4);
        yield return Case("in bare text, with a script removed after it", "<div>alpha<br>beta<script>1</script>gamma</div><div>one<br><script></script>two</div>", 2);
        yield return Case("in misnested inline elements", "<p><b>1<i>2<br>3</b>4<br>5</i>6</p><b>x<p>y<br>z</b>w</p>", 3);
        yield return Case("in a list item holding paragraphs", "<ul><li><p>p1<br>p2</p><br>after</li></ul><dl><dt>t<br>u</dt><dd>d<br>e</dd></dl><address>a<br>b</address>", 5);
        yield return Case("with attributes and slashes", "<p>a<br class=\"x\" />b<BR/>c<Br clear=all>d<br\tdata-n=1>e</p>", 4);
        yield return Case("with an attribute the selectors name, or on two lines", "<p>a<br class='share-this'>b<br class=caption>c<br\nclear=all>d<br data-a=\"&amp;\">e</p>", 0);
        yield return Case("written as an end tag", "<p>a</br>b</br >c</p><div>x</br>y</div>", 0);
        yield return Case("in a table", "<table><tr><td>a<br>b</td><td> c <br/> d</td></tr></table>", 0);
        yield return Case("in a table outside its cells", "<table> <br> <tr><td>a</td> <br> <td>b</td></tr> <br>x</table><p>after<br>it</p>", 1);
        yield return Case("in raw text, comments and attributes", "<script>var s='<br>';</script><style>/*<br>*/</style><textarea>t<br>u</textarea><title>in<br>body</title>"
            + "<xmp>a<br>b</xmp><p>a<!-- <br> -->b<span title='<br>'>c</span><br>d<a href=\"x<br>\">e</a></p><!--><br>--><p>q<br>r</p>", 3);
        yield return Case("in a select, SVG and MathML", "<p>a<select><option>o1<br>o2</select>b<br>c<svg><text>s<br>t</text></svg>d<br>e<math><mi>m<br>n</mi></math>f<br>g</p>", 3);
        yield return Case("in a template and after plaintext", "<template><p>x<br>y</template><p>a<br>b</p><plaintext>c<br>d</p>", 1);
        yield return Case("after CRLF and CR line ends", "<p>a<br>\r\nb<br>\rc\r\n<br>d</p>", 3);
    }

    [TestCaseSource(nameof(Pages))]
    public void Lines_hints_and_places_are_those_the_br_elements_give(string page, int written)
    {
        Lines(page);
        Assert.That(Written(page).Breaks, Is.EqualTo(written));
    }

    [Test]
    public void A_paragraph_of_breaks_is_written_a_line_a_break_each_where_its_br_stands()
    {
        string page = Head + "<p>Iran sent aid (Fars, May 3).<br>\n  A second line <br> (IRNA).<br class=\"x\"/><br>A third</p>" + Tail;
        Assert.That(Lines(page)[^4..], Is.EqualTo(new[]
        {
            "Paragraph@4:1 Iran sent aid (Fars, May 3).",
            "Continuation@4:32 A second line",
            "Continuation@5:17 (IRNA).",
            "Continuation@5:44 A third",
        }));
        Assert.That(Written(page).Breaks, Is.EqualTo(4));
    }

    [Test]
    public void Bare_text_broken_by_a_br_makes_a_block_each_side_at_the_br()
    {
        string page = "<html><body><div>alpha<br>beta<br><br>gamma</div></body></html>";
        Assert.That(Lines(page), Is.EqualTo(new[] { "None@1:13 alpha", "", "None@1:23 beta", "", "None@1:35 gamma" }));
    }

    [Test]
    public void A_list_item_broken_by_a_br_is_one_item_of_two_lines_after_its_marker()
    {
        string page = Head + "<h2>Overview</h2><ul><li>Iran sent aid<br>to Syria (Fars, May 3).</li></ul>" + Tail;
        Assert.That(Lines(page)[^2..], Is.EqualTo(new[] { "ListItem@4:22 [•] Iran sent aid", "Continuation@4:39 to Syria (Fars, May 3)." }));
    }

    [Test]
    public void A_page_holding_the_mark_keeps_its_br_elements()
    {
        string page = Head + "<p>a\u0080b<br>c</p><p>d\u0082<br>e</p>" + Tail;
        Assert.That(HtmlBreaks.CanWrite(page), Is.False);
        Assert.That(ReadLines.Of(Read(page, breaksAsText: true)), Is.EqualTo(ReadLines.Of(Read(page, breaksAsText: false))));
        Assert.That(ReadLines.Of(Read(page, breaksAsText: true)), Does.Contain("Continuation@4:7 c"));
    }

    [Test]
    public void A_reference_to_the_mark_is_read_as_the_character_it_names()
    {
        // &#x80; is €, &#x82; is ‚: no reference gives the mark, so the page's breaks are written as text.
        string page = Head + "<p>&#x80;1<br>&#x82;2<br>&#128;3</p>" + Tail;
        Assert.That(Lines(page)[^3..], Is.EqualTo(new[] { "Paragraph@4:1 €1", "Continuation@4:11 ‚2", "Continuation@4:22 €3" }));
        Assert.That(Written(page).Breaks, Is.EqualTo(2));
    }

    [Test]
    public void A_break_the_parser_puts_elsewhere_than_a_br_stands_is_read_again_as_an_element()
    {
        // The end tag of the caption is read here as closing the select; the parser ignores it there, and reads the
        // <br> in the select otherwise than text: the page is read again with its <br> elements.
        string page = "<p>x</p><figcaption><select></figcaption><option><a><br>w";
        Assert.That(Written(page).Breaks, Is.EqualTo(1));
        Assert.That(ReadLines.Of(Read(page, breaksAsText: true)), Is.EqualTo(ReadLines.Of(Read(page, breaksAsText: false))));
    }

    [Test]
    public void A_line_past_the_65536th_and_a_column_past_it_are_numbered_as_the_parser_numbers_them()
    {
        string page = "<html><body><p>" + string.Concat(Enumerable.Repeat("w<br>\n", 70_000)) + string.Concat(Enumerable.Repeat("word <br>", 8_000)) + "</p></body></html>";
        Assert.That(Written(page).Breaks, Is.EqualTo(78_000));
        Assert.That(Lines(page), Has.Length.EqualTo(78_000));
    }

    [Test]
    public void A_page_of_line_breaks_holds_no_element_for_them()
    {
        string page = "<html><body><article><h1>Spotlight on Iran</h1><p>" + string.Concat(Enumerable.Repeat("<br>x", 250_000)) + "</p></article></body></html>";
        Assert.That(Written(page), Is.EqualTo((250_000, 5)));
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page));
        Assert.That(source.LineCount, Is.EqualTo(250_002));
        // The parser numbers columns in 16 bits, and the last <br> stands at column 1,250,046.
        Assert.That(source.InputPositionOf(250_002, 1), Is.EqualTo(new InputPosition(null, 1, (51 + 5 * 249_999) % 65_536)));
    }

    [Test]
    public void An_end_tag_br_is_counted_an_element_as_the_parser_makes_one()
    {
        Assert.That(HtmlNesting.Cap("<p>a</br>b</br>c</p>"), Is.EqualTo(("<p>a</br>b</br>c</p>", 0, 3)));
    }
}
