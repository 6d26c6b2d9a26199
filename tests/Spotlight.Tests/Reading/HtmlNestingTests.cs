using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// The nesting cap: how deep a page's tags go as the parser will build them, how many elements it holds, and the
/// page the parser is given, every tag below the 512th level left out and its text kept.
/// </summary>
public sealed class HtmlNestingTests
{
    private static string Repeat(string tag, int count) => string.Concat(Enumerable.Repeat(tag, count));

    [TestCase("area")]
    [TestCase("base")]
    [TestCase("br")]
    [TestCase("col")]
    [TestCase("embed")]
    [TestCase("hr")]
    [TestCase("img")]
    [TestCase("input")]
    [TestCase("link")]
    [TestCase("meta")]
    [TestCase("param")]
    [TestCase("source")]
    [TestCase("track")]
    [TestCase("wbr")]
    [TestCase("p")]
    [TestCase("li")]
    [TestCase("dt")]
    [TestCase("dd")]
    [TestCase("option")]
    [TestCase("tr")]
    [TestCase("td")]
    [TestCase("th")]
    [TestCase("thead")]
    [TestCase("tbody")]
    [TestCase("tfoot")]
    [TestCase("colgroup")]
    [TestCase("html")]
    [TestCase("head")]
    [TestCase("body")]
    [TestCase("BR")]
    public void An_element_that_holds_nothing_or_closes_the_last_of_its_kind_makes_no_level(string tag)
    {
        string html = $"<div><{tag}>a<{tag}>b</div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 3)));
    }

    [TestCase("script")]
    [TestCase("style")]
    [TestCase("textarea")]
    [TestCase("title")]
    [TestCase("xmp")]
    [TestCase("noembed")]
    [TestCase("noframes")]
    [TestCase("iframe")]
    [TestCase("SCRIPT")]
    public void Tags_inside_an_element_of_raw_text_are_text(string tag)
    {
        string html = $"<{tag}>if (a<b) x = '<div><div>';</{tag.ToLowerInvariant()}><div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 2)));
    }

    [Test]
    public void Raw_text_ends_at_its_own_end_tag_not_at_its_name()
    {
        string html = "<script>script('<div>')</script><div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 2)));
    }

    [Test]
    public void Raw_text_never_closed_runs_to_the_end()
    {
        string html = "<style>p { }<div><div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 1)));
    }

    [TestCase("<div>", 1, 1)]
    [TestCase("<div", 1, 1)]
    [TestCase("<div></div><div></div>", 1, 2)]
    [TestCase("<div><span></span><span>", 2, 3)]
    [TestCase("</div></div><div>", 1, 1)]
    [TestCase("a < b <div>", 1, 1)]
    [TestCase("a <", 0, 0)]
    [TestCase("a </", 0, 0)]
    [TestCase("<!-- <div> --><div>", 1, 1)]
    [TestCase("<!-- <div>", 0, 0)]
    [TestCase("<!DOCTYPE html><div>", 1, 1)]
    [TestCase("<?xml version=\"1.0\"?><div>", 1, 1)]
    [TestCase("<?xml", 0, 0)]
    [TestCase("<!x<div>", 0, 0)]
    [TestCase("<br/><img/>", 0, 2)]
    [TestCase("<div title=\"a>b<span>\">", 1, 1)]
    [TestCase("<div title='a>b<span>'>", 1, 1)]
    [TestCase("<div title = \"a>b<span>\">", 1, 1)]
    [TestCase("<div a=b><span>", 2, 2)]
    [TestCase("<div x'y><span>", 2, 2)]
    [TestCase("<div x\"y><span>", 2, 2)]
    [TestCase("<div title=\"unclosed><span>", 1, 1)]
    public void Depth_and_elements_are_counted_as_the_parser_reads_the_tags(string html, int depth, int elements) =>
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, depth, elements)));

    [Test]
    public void Tags_below_the_512th_level_are_left_out_with_their_end_tags_and_their_text_kept()
    {
        string html = Repeat("<div>", 513) + "text" + Repeat("</div>", 513) + "<div>after</div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((Repeat("<div>", 512) + "text" + Repeat("</div>", 512) + "<div>after</div>", 513, 514)));
    }

    [Test]
    public void Tags_at_the_512th_level_are_kept()
    {
        string html = Repeat("<div>", 512) + "text" + Repeat("</div>", 512);
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 512, 512)));
    }

    [Test]
    public void What_follows_a_raw_text_tag_left_out_is_markup_to_the_parser_and_counted()
    {
        // Was: the script's content skipped as text, though the parser, never given the <script>, reads its <div> as a tag.
        string html = Repeat("<div>", 512) + "<b><script>'<div>'</script></b>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((Repeat("<div>", 512) + "''", 515, 515)));
    }

    // Tags that looked like no level, or like closing one, where the parser opens a level: each page went past the cap
    // uncounted (depth 0 or 1), and a page of a hundred thousand such tags took minutes to parse. Now the page is capped
    // (an end tag below the cap closes a level there, so a stray one counts one level less) and what the parser is given
    // is 512 levels deep.
    [TestCase("<div/>", 600)]
    [TestCase("<div></x>", 513)]
    [TestCase("<span><div></span></div>", 514)]
    [TestCase("<form><div></form>", 601)]
    [TestCase("<h1><span><h2></h1>", 1201)]
    [TestCase("<optgroup>", 600)]
    [TestCase("<rb>", 600)]
    [TestCase("<rt>", 600)]
    public void Tags_the_parser_nests_are_counted_however_they_are_written(string unit, int depth)
    {
        var (html, deepest, _) = HtmlNesting.Cap(Repeat(unit, 600));
        Assert.That((deepest, HtmlNesting.Cap(html).Depth), Is.EqualTo((depth, 512)));
    }

    [TestCase("<!-->")]
    [TestCase("<!--->")]
    [TestCase("<!-- x --!>")]
    [TestCase("<svg><title>")]
    [TestCase("<svg><style>")]
    [TestCase("<math><mi>")]
    public void A_comment_closed_early_or_svg_holding_html_hides_no_tags(string start) =>
        Assert.That(HtmlNesting.Cap(start + Repeat("<div>", 600)).Depth, Is.GreaterThanOrEqualTo(600));

    [Test]
    public void Svg_and_mathml_tags_closed_by_a_slash_make_no_level_and_an_html_tag_ends_them()
    {
        Assert.That(HtmlNesting.Cap("<svg>" + Repeat("<path d=\"M0 0\"/>", 600) + "</svg><math><mi/></math><svg/>").Depth, Is.EqualTo(1));
        Assert.That(HtmlNesting.Cap("<svg><g>" + Repeat("<div/>", 600)).Depth, Is.EqualTo(600));
        Assert.That(HtmlNesting.Cap("<svg><option><td><input><foreignObject>" + Repeat("<section/>", 600)).Depth, Is.EqualTo(605));
    }

    [TestCase("<div><span></div>")]
    [TestCase("<section><div></section>")]
    [TestCase("<div><table></div></table></div>")]
    [TestCase("<ruby>漢<rt>kan<rt>ji</ruby>")]
    [TestCase("<h2>Heading<span></h3>")]
    [TestCase("<svg><path><g><circle></svg>")]
    [TestCase("<svg><foreignObject><p>Text</p></foreignObject></svg>")]
    [TestCase("<span><b></span>")]
    [TestCase("<form><div></div></form>")]
    public void End_tags_close_what_the_parser_closes(string html) =>
        Assert.That(HtmlNesting.Cap(html + Repeat("<i>", 600)).Depth, Is.EqualTo(600), "nothing is left open after the markup");

    [TestCase("<div><section></span>", 602)]
    [TestCase("<div><table></div>", 602)]
    [TestCase("<svg><foreignObject><div></svg></foreignObject></svg>", 603)]
    [TestCase("<h2>Heading</table>", 601)]
    public void End_tags_the_parser_ignores_close_nothing(string html, int depth) =>
        Assert.That(HtmlNesting.Cap(html + Repeat("<i>", 600)).Depth, Is.EqualTo(depth));

    private static SourceTextAndFindings ReadNested(int levels)
    {
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes("<article>" + Repeat("<div>", levels - 1) + "<p>Iran sent aid.</p></article>"));
        return new(source.Text, [.. source.Diagnostics]);
    }

    private sealed record SourceTextAndFindings(string Text, Diagnostic[] Findings)
    {
        public bool Equals(SourceTextAndFindings? other) => other is not null && Text == other.Text && Findings.SequenceEqual(other.Findings);

        public override int GetHashCode() => Text.GetHashCode();
    }

    [Test]
    public void A_page_512_levels_deep_is_read_without_a_warning() =>
        Assert.That(ReadNested(512), Is.EqualTo(new SourceTextAndFindings("Iran sent aid.\n", [])));

    [Test]
    public void A_page_513_levels_deep_is_read_with_a_warning_naming_its_depth() =>
        Assert.That(ReadNested(513), Is.EqualTo(new SourceTextAndFindings("Iran sent aid.\n",
            [new Diagnostic("SPT025", DiagnosticSeverity.Warning, "HTML nested too deeply: tags below the limit are ignored: 513 levels, 512 kept", null, null, null)])));

    [Test]
    public void A_page_of_self_closed_divs_is_capped_with_a_warning_and_its_text_kept()
    {
        // Was: no warning, the page given to the parser whole, 600 levels deep.
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes("<article>" + Repeat("<div/>", 599) + "<p>Iran sent aid.</p></article>"));
        Assert.That(new SourceTextAndFindings(source.Text, [.. source.Diagnostics]), Is.EqualTo(new SourceTextAndFindings("Iran sent aid.\n",
            [new Diagnostic("SPT025", DiagnosticSeverity.Warning, "HTML nested too deeply: tags below the limit are ignored: 600 levels, 512 kept", null, null, null)])));
    }

    // Each element that an end tag of another name does not close past: "</span>" leaves the span open.
    [TestCase("<address>")]
    [TestCase("<applet>")]
    [TestCase("<article>")]
    [TestCase("<aside>")]
    [TestCase("<blockquote>")]
    [TestCase("<button>")]
    [TestCase("<caption>")]
    [TestCase("<center>")]
    [TestCase("<details>")]
    [TestCase("<dialog>")]
    [TestCase("<dir>")]
    [TestCase("<div>")]
    [TestCase("<dl>")]
    [TestCase("<fieldset>")]
    [TestCase("<figcaption>")]
    [TestCase("<figure>")]
    [TestCase("<footer>")]
    [TestCase("<form>")]
    [TestCase("<frameset>")]
    [TestCase("<h1>")]
    [TestCase("<h2>")]
    [TestCase("<h3>")]
    [TestCase("<h4>")]
    [TestCase("<h5>")]
    [TestCase("<h6>")]
    [TestCase("<header>")]
    [TestCase("<hgroup>")]
    [TestCase("<listing>")]
    [TestCase("<main>")]
    [TestCase("<marquee>")]
    [TestCase("<menu>")]
    [TestCase("<nav>")]
    [TestCase("<noscript>")]
    [TestCase("<object>")]
    [TestCase("<ol>")]
    [TestCase("<plaintext>")]
    [TestCase("<pre>")]
    [TestCase("<search>")]
    [TestCase("<section>")]
    [TestCase("<select>")]
    [TestCase("<summary>")]
    [TestCase("<table>")]
    [TestCase("<template>")]
    [TestCase("<ul>")]
    [TestCase("<svg><foreignObject>")]
    [TestCase("<svg><desc>")]
    [TestCase("<svg><title>")]
    [TestCase("<math><mi>")]
    [TestCase("<math><mo>")]
    [TestCase("<math><mn>")]
    [TestCase("<math><ms>")]
    [TestCase("<math><mtext>")]
    [TestCase("<math><annotation-xml>")]
    public void An_end_tag_does_not_close_past_a_special_element(string special) =>
        Assert.That(HtmlNesting.Cap("<span>" + special + "</span>" + Repeat("<i>", 600)).Depth, Is.EqualTo(601 + special.Count(c => c == '<')));

    // Each element whose end tag closes what is open inside it, a <div> too ("</form>" closes the form alone).
    [TestCase("address", 600)]
    [TestCase("article", 600)]
    [TestCase("aside", 600)]
    [TestCase("blockquote", 600)]
    [TestCase("button", 600)]
    [TestCase("center", 600)]
    [TestCase("details", 600)]
    [TestCase("dialog", 600)]
    [TestCase("dir", 600)]
    [TestCase("div", 600)]
    [TestCase("dl", 600)]
    [TestCase("fieldset", 600)]
    [TestCase("figcaption", 600)]
    [TestCase("figure", 600)]
    [TestCase("footer", 600)]
    [TestCase("header", 600)]
    [TestCase("hgroup", 600)]
    [TestCase("listing", 600)]
    [TestCase("main", 600)]
    [TestCase("menu", 600)]
    [TestCase("nav", 600)]
    [TestCase("ol", 600)]
    [TestCase("pre", 600)]
    [TestCase("search", 600)]
    [TestCase("section", 600)]
    [TestCase("summary", 600)]
    [TestCase("ul", 600)]
    [TestCase("applet", 600)]
    [TestCase("marquee", 600)]
    [TestCase("object", 600)]
    [TestCase("template", 600)]
    [TestCase("table", 600)]
    [TestCase("select", 600)]
    [TestCase("caption", 600)]
    [TestCase("form", 601)]
    [TestCase("h1", 600)]
    [TestCase("h2", 600)]
    [TestCase("h3", 600)]
    [TestCase("h4", 600)]
    [TestCase("h5", 600)]
    [TestCase("h6", 600)]
    public void The_end_tag_of_a_block_closes_what_is_open_inside_it(string block, int depth) =>
        Assert.That(HtmlNesting.Cap($"<{block}><{(block == "div" ? "section" : "div")}></{block}>" + Repeat("<i>", 600)).Depth, Is.EqualTo(depth));

    // Each element that a block's end tag does not close past: "</div>" leaves the div open.
    [TestCase("<applet>")]
    [TestCase("<caption>")]
    [TestCase("<marquee>")]
    [TestCase("<object>")]
    [TestCase("<table>")]
    [TestCase("<template>")]
    [TestCase("<svg><foreignObject>")]
    [TestCase("<svg><desc>")]
    [TestCase("<svg><title>")]
    [TestCase("<math><mi>")]
    [TestCase("<math><mo>")]
    [TestCase("<math><mn>")]
    [TestCase("<math><ms>")]
    [TestCase("<math><mtext>")]
    [TestCase("<math><annotation-xml>")]
    public void A_block_s_end_tag_does_not_close_past_a_scope_boundary(string boundary) =>
        Assert.That(HtmlNesting.Cap("<div>" + boundary + "</div>" + Repeat("<i>", 600)).Depth, Is.EqualTo(601 + boundary.Count(c => c == '<')));

    // Each HTML tag that ends SVG content: it closes the <svg>, and is read as HTML ("<div/>" opening a level, "<br/>" none).
    [TestCase("b", 602)]
    [TestCase("big", 602)]
    [TestCase("blockquote", 602)]
    [TestCase("body", 600)]
    [TestCase("br", 600)]
    [TestCase("center", 602)]
    [TestCase("code", 602)]
    [TestCase("dd", 600)]
    [TestCase("div", 602)]
    [TestCase("dl", 602)]
    [TestCase("dt", 600)]
    [TestCase("em", 602)]
    [TestCase("embed", 600)]
    [TestCase("font", 602)]
    [TestCase("h1", 602)]
    [TestCase("h2", 602)]
    [TestCase("h3", 602)]
    [TestCase("h4", 602)]
    [TestCase("h5", 602)]
    [TestCase("h6", 602)]
    [TestCase("head", 600)]
    [TestCase("hr", 600)]
    [TestCase("i", 602)]
    [TestCase("img", 600)]
    [TestCase("li", 600)]
    [TestCase("listing", 602)]
    [TestCase("menu", 602)]
    [TestCase("meta", 600)]
    [TestCase("nobr", 602)]
    [TestCase("ol", 602)]
    [TestCase("p", 600)]
    [TestCase("pre", 602)]
    [TestCase("ruby", 602)]
    [TestCase("s", 602)]
    [TestCase("small", 602)]
    [TestCase("span", 602)]
    [TestCase("strong", 602)]
    [TestCase("strike", 602)]
    [TestCase("sub", 602)]
    [TestCase("sup", 602)]
    [TestCase("table", 602)]
    [TestCase("tt", 602)]
    [TestCase("u", 602)]
    [TestCase("ul", 602)]
    [TestCase("var", 602)]
    public void An_html_tag_ends_svg_content(string tag, int depth) =>
        Assert.That(HtmlNesting.Cap($"<svg><{tag}/><{tag}/>" + Repeat("<i>", 600)).Depth, Is.EqualTo(depth));

    // Each element of SVG or MathML whose content is HTML: a tag closed by a slash in it opens a level.
    [TestCase("svg", "foreignObject")]
    [TestCase("svg", "desc")]
    [TestCase("svg", "title")]
    [TestCase("math", "mi")]
    [TestCase("math", "mo")]
    [TestCase("math", "mn")]
    [TestCase("math", "ms")]
    [TestCase("math", "mtext")]
    [TestCase("math", "annotation-xml")]
    public void Html_inside_svg_or_mathml_is_read_as_html(string root, string element) =>
        Assert.That(HtmlNesting.Cap($"<{root}><{element}><path/><path/>" + Repeat("<i>", 600)).Depth, Is.EqualTo(604));

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(4)]
    [TestCase(5)]
    [TestCase(6)]
    public void A_heading_s_end_tag_closes_the_innermost_heading_of_any_level(int level)
    {
        int inner = level == 1 ? 2 : 1;
        Assert.That(HtmlNesting.Cap($"<h{level}><span><h{inner}></h{level}>" + Repeat("<i>", 600)).Depth, Is.EqualTo(602));
        Assert.That(HtmlNesting.Cap($"<h{inner}><span></h{level}>" + Repeat("<i>", 600)).Depth, Is.EqualTo(600));
    }

    [Test]
    public void The_svg_a_form_held_is_still_closed_after_the_form_is()
    {
        // The form closes alone, below the <svg>; then "</svg>" ends the svg content, and "<path/>" opens HTML levels.
        Assert.That(HtmlNesting.Cap("<form><svg></form></svg>" + Repeat("<path/>", 600)).Depth, Is.EqualTo(600));
    }

    [TestCase("<!-- x<a --><div>")]
    [TestCase("<!-- x<a --!><div>")]
    public void A_comment_ends_after_its_closing_dashes(string html) =>
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 1)));
}
