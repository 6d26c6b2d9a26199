using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// What the HTML reader writes for each kind of element, line by line: its text, the hint its markup gives, where
/// it stands in the page (line:column of the element) and the marker a list draws. Each page is one line of source,
/// so a column is where the element's tag opens.
/// </summary>
public sealed class HtmlElementTests
{
    private static string[] Read(string body) => ReadLines.OfHtml("<article>" + body + "</article>");

    [TestCase("h1")]
    [TestCase("h2")]
    [TestCase("h3")]
    [TestCase("h4")]
    [TestCase("h5")]
    [TestCase("h6")]
    public void A_heading_is_a_heading_line(string tag) =>
        Assert.That(Read($"<{tag}>Iranian Involvement in Syria</{tag}>"), Is.EqualTo(new[] { "Heading@1:10 Iranian Involvement in Syria" }));

    [TestCase("p")]
    [TestCase("dd")]
    [TestCase("dt")]
    [TestCase("pre")]
    [TestCase("address")]
    public void A_paragraph_like_element_is_a_paragraph_line(string tag) =>
        Assert.That(Read($"<{tag}>Iran sent aid (IRNA, November 6).</{tag}>"), Is.EqualTo(new[] { "Paragraph@1:10 Iran sent aid (IRNA, November 6)." }));

    [Test]
    public void A_list_item_is_a_list_item_line_with_the_marker_its_list_draws() =>
        Assert.That(Read("<ul><li>Iran sent aid.</li><li>Qa'ani arrived.</li></ul>"),
            Is.EqualTo(new[] { "ListItem@1:14 [•] Iran sent aid.", "", "ListItem@1:37 [•] Qa'ani arrived." }));

    [Test]
    public void Blocks_stand_one_blank_line_apart_and_the_first_has_none_above_it() =>
        Assert.That(ReadLines.Html("<article><h1>Spotlight on Iran</h1><p>November 4, 2021</p></article>").Text,
            Is.EqualTo("Spotlight on Iran\n\nNovember 4, 2021\n"));

    [TestCase("picture")]
    [TestCase("video")]
    [TestCase("audio")]
    public void A_media_element_s_fallback_text_is_not_read(string tag) =>
        Assert.That(Read($"<p>Iran sent aid.</p><{tag}>Your browser cannot play this.</{tag}><p>Qa'ani arrived.</p>"),
            Is.EqualTo(new[] { "Paragraph@1:10 Iran sent aid.", "", $"Paragraph@1:{66 + 2 * tag.Length} Qa'ani arrived." }));

    [Test]
    public void An_image_s_alt_text_is_no_line_and_its_caption_is_a_caption_on_every_line() =>
        Assert.That(Read("<figure><img src=\"a.jpg\" alt=\"The delegation.\"><figcaption>The delegation.<br>(IRNA, November 6)</figcaption></figure>"),
            Is.EqualTo(new[] { "Caption@1:57 The delegation.", "Caption@1:84 (IRNA, November 6)" }));

    [TestCase("<p class=\"wp-caption-text\">The delegation.</p>")]
    [TestCase("<div class=\"caption\">The delegation.</div>")]
    [TestCase("<span class=\"image-caption\">The delegation.</span>")]
    [TestCase("<div class=\"photo-caption\"><p>The delegation.</p></div>")]
    public void A_caption_by_its_class_is_one_caption_line(string caption) =>
        Assert.That(Read(caption), Is.EqualTo(new[] { "Caption@1:10 The delegation." }));

    [TestCase("div")]
    [TestCase("section")]
    [TestCase("main")]
    [TestCase("header")]
    [TestCase("footer")]
    [TestCase("ul")]
    [TestCase("ol")]
    [TestCase("dl")]
    [TestCase("blockquote")]
    [TestCase("figure")]
    [TestCase("center")]
    public void A_block_element_s_children_are_blocks_of_their_own(string tag) =>
        Assert.That(Read($"<{tag}>Bare text<h5>A heading</h5></{tag}>"),
            Is.EqualTo(new[] { "None@1:10 Bare text", "", $"Heading@1:{21 + tag.Length} A heading" }));

    [Test]
    public void An_article_inside_the_article_is_a_block_element() =>
        Assert.That(ReadLines.OfHtml("<article><article>Bare text<h5>A heading</h5></article></article>"),
            Is.EqualTo(new[] { "None@1:10 Bare text", "", "Heading@1:28 A heading" }));

    [Test]
    public void Each_cell_of_a_table_is_a_block_element() =>
        Assert.That(Read("<table><thead><tr><th>Head<h5>A</h5></th></tr></thead><tbody><tr><td>Cell<h5>B</h5></td></tr></tbody></table>"),
            Is.EqualTo(new[] { "None@1:28 Head", "", "Heading@1:36 A", "", "None@1:75 Cell", "", "Heading@1:83 B" }));

    [TestCase("<p>Two</p>", "Paragraph@1:19 Two")]
    [TestCase("<div>Two</div>", "None@1:19 Two")]
    [TestCase("<h1>Two</h1>", "Heading@1:19 Two")]
    [TestCase("<h2>Two</h2>", "Heading@1:19 Two")]
    [TestCase("<h3>Two</h3>", "Heading@1:19 Two")]
    [TestCase("<h4>Two</h4>", "Heading@1:19 Two")]
    [TestCase("<ul>Two</ul>", "None@1:19 Two")]
    [TestCase("<ol>Two</ol>", "None@1:19 Two")]
    [TestCase("<figure>Two</figure>", "None@1:19 Two")]
    [TestCase("<table><tr><td>Two</td></tr></table>", "None@1:30 Two")]
    public void An_inline_element_holding_a_block_is_read_as_blocks(string block, string line) =>
        Assert.That(Read("<span>One" + block + "</span>"), Is.EqualTo(new[] { "None@1:10 One", "", line }));

    [Test]
    public void An_inline_element_holding_inline_elements_is_one_line() =>
        Assert.That(Read("<span>One<h5>Two</h5><em>Three</em></span>"), Is.EqualTo(new[] { "None@1:10 OneTwoThree" }));

    [Test]
    public void An_inline_element_holding_a_block_and_an_inline_element_is_read_as_blocks() =>
        Assert.That(Read("<span><p>One</p><em>Two</em></span>"), Is.EqualTo(new[] { "Paragraph@1:16 One", "", "None@1:26 Two" }));

    [Test]
    public void A_br_breaks_a_block_into_lines_that_go_on_with_its_first() =>
        Assert.That(Read("<p>Militias attacked a base.<br>They said so (Tasnim, November 11).</p><h2>Iranian<br>Involvement</h2>"
                + "<ul><li>One<br>point</li></ul><span>Bare<br>text</span>"),
            Is.EqualTo(new[]
            {
                "Paragraph@1:10 Militias attacked a base.", "Continuation@1:38 They said so (Tasnim, November 11).", "",
                "Heading@1:81 Iranian", "Continuation@1:92 Involvement", "",
                "ListItem@1:116 [•] One", "Continuation@1:123 point", "",
                "None@1:142 Bare", "None@1:152 text",
            }));

    [Test]
    public void A_br_first_in_a_block_leaves_no_empty_line() =>
        Assert.That(Read("<p><br>Iran sent aid.</p>"), Is.EqualTo(new[] { "Paragraph@1:13 Iran sent aid." }));

    [Test]
    public void Empty_elements_write_nothing() =>
        Assert.That(Read("<p></p><p> </p><ul><li></li></ul><h2></h2><p>Iran sent aid.</p>"), Is.EqualTo(new[] { "Paragraph@1:52 Iran sent aid." }));

    [Test]
    public void A_list_item_holding_paragraphs_or_a_caption_is_read_as_its_blocks_without_a_marker() =>
        Assert.That(Read("<ul><li><p>One point.</p><p>Another point.</p></li><li><div>Bare</div></li><li><span class=\"caption\">A caption</span>Text</li></ul>"),
            Is.EqualTo(new[]
            {
                "Paragraph@1:18 One point.", "", "Paragraph@1:35 Another point.", "",
                "None@1:65 Bare", "",
                "Caption@1:89 A caption", "", "None@1:89 Text",
            }));

    [Test]
    public void A_definition_holding_a_paragraph_is_read_as_its_blocks() =>
        Assert.That(Read("<dl><dd><p>One point.</p></dd></dl>"), Is.EqualTo(new[] { "Paragraph@1:18 One point." }));

    [Test]
    public void Text_set_straight_in_a_block_is_a_line_of_its_own_between_the_blocks() =>
        Assert.That(Read("Bare words<p>A paragraph.</p>more bare words"),
            Is.EqualTo(new[] { "None@1:1 Bare words", "", "Paragraph@1:20 A paragraph.", "", "None@1:20 more bare words" }));

    [Test]
    public void Bare_text_first_in_a_block_stands_where_its_block_opens() =>
        Assert.That(ReadLines.OfHtml("<article><p>One</p>\n<div>Bare</div></article>"), Is.EqualTo(new[] { "Paragraph@1:10 One", "", "None@2:1 Bare" }));

    [Test]
    public void White_space_alone_between_blocks_is_no_line() =>
        Assert.That(Read("\n  <p>Iran sent aid.</p> \n\t&emsp;&#x3000; <p>Qa'ani arrived.</p>\n"),
            Is.EqualTo(new[] { "Paragraph@2:3 Iran sent aid.", "", "Paragraph@3:17 Qa'ani arrived." }));

    [Test]
    public void Runs_of_white_space_and_no_break_spaces_are_one_space() =>
        Assert.That(Read("<p>  Iran\t\tsent&nbsp;&nbsp;aid&#x2007;to&#x202F;Syria&#x200B;on\n\n  Monday  </p>"),
            Is.EqualTo(new[] { "Paragraph@1:10 Iran sent aid to Syria on Monday" }));

    [Test]
    public void Entities_are_read_as_their_characters() =>
        Assert.That(Read("<p>Iran &amp; Syria &#8211; &quot;talks&quot; &lt;b&gt; &#x2019;</p>"),
            Is.EqualTo(new[] { "Paragraph@1:10 Iran & Syria – \"talks\" <b> ’" }));

    [Test]
    public void Inline_elements_are_read_as_their_text() =>
        Assert.That(Read("<p>Iran <em>sent</em> <a href=\"x\">aid</a><strong>!</strong><img src=\"a.jpg\" alt=\"alt\"></p>"),
            Is.EqualTo(new[] { "Paragraph@1:10 Iran sent aid!" }));

    [Test]
    public void Scripts_styles_navigation_forms_and_other_furniture_in_the_article_are_left_out() =>
        Assert.That(Read("<p>Kept.</p><script>bad()</script><style>p{}</style><noscript>Enable scripts</noscript><nav>Menu</nav>"
                + "<form><p>Form text</p></form><button>Click</button><div class=\"newsletter\">Sign up</div><aside>Related</aside>"
                + "<div class=\"share-bar\">Share</div><div id=\"comments\">A comment</div><iframe>Frame</iframe><p>Also kept.</p>"),
            Is.EqualTo(new[] { "Paragraph@1:10 Kept.", "", "Paragraph@1:312 Also kept." }));

    [Test]
    public void The_article_s_own_header_and_footer_are_read() =>
        Assert.That(Read("<header>Posted by the editor</header><p>Iran sent aid.</p><footer>Tags: Iran</footer>"),
            Is.EqualTo(new[] { "None@1:10 Posted by the editor", "", "Paragraph@1:47 Iran sent aid.", "", "None@1:68 Tags: Iran" }));

    [Test]
    public void A_page_read_from_its_body_leaves_out_the_page_header_the_footers_and_the_head() =>
        Assert.That(ReadLines.OfHtml("<html><head><title>Page title</title></head><body><header>Site name</header><div><header>Post header</header>"
                + "<p>Iran sent aid.</p><footer>Post footer</footer></div><footer>Copyright</footer></body></html>"),
            Is.EqualTo(new[] { "None@1:82 Post header", "", "Paragraph@1:110 Iran sent aid." }));

    [Test]
    public void Blocks_beside_an_article_in_the_body_are_not_site_text() =>
        Assert.That(ReadLines.OfHtml("<body><div>Site banner</div><article><p>Iran sent aid.</p></article><div>After</div></body>"),
            Is.EqualTo(new[] { "Paragraph@1:38 Iran sent aid." }));
}
