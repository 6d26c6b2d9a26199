using Spotlight.Diagnostics;
using System.Text;
using Spotlight.Model;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

public sealed class HtmlReportReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Spotlight</title>
        <script>document.write('<p>► Injected by a script (Fars, November 9).</p>');</script>
        <style>p { color: red }</style></head>
        <body>
        <header><div class="logo">The Center</div><nav><a href="/">Home</a> <a href="/reports">Reports</a></nav></header>
        <aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/a">Another report</a></li></ul></aside>
        <main><article class="post">
        <h1>Spotlight on Iran</h1>
        <p>November&nbsp;4, 2021 &#8211; November 18, 2021</p>
        <p>Author: Dr. Raz Zimmt</p>
        <h2>Overview</h2>
        <p>► Iran &amp; Syria agreed to resume <em>pilgrimages</em> (IRNA, November 7).</p>
        <p><strong>Iranian Involvement in Syria</strong></p>
        <p>► A delegation led by the head of the pilgrimage organisation arrived in Damascus.<br>
           The visit lasted two days (<a href="https://example.invalid">ISNA</a>, November 12).</p>
        <div class="wp-caption"><img src="a.jpg" alt="The delegation in Damascus. (IRNA, November 9)">
        <p class="wp-caption-text">The delegation in Damascus. (IRNA, November 9)</p></div>
        <h2>Iranian Involvement in Iraq</h2>
        <ul><li>Iran condemned the attack on the prime minister (Fars, November 7).</li>
        <li>Qa'ani arrived in Baghdad (Shafaq News, November 8).</li></ul>
        <figure><img src="b.jpg" alt="Qa'ani in Baghdad."><figcaption>Qa'ani in Baghdad. (Fars, November 8)</figcaption></figure>
        <div class="share-buttons">Share on Twitter Share on Facebook</div>
        </article></main>
        <section class="comments"><h3>Comments</h3><p>Great report! (Reader, November 20)</p></section>
        <footer><p>© The Center. Page 1</p></footer>
        </body></html>
        """;

    private static ReportTree Parse(string html) =>
        ReportPipeline.Parse(Encoding.UTF8.GetBytes(html), "page.html", new HtmlReportReader());

    [Test]
    public void The_article_becomes_the_report()
    {
        var d = Parse(Page);
        Assert.That(d.Input.Format, Is.EqualTo("html"));
        Assert.That((d.Report.Series, d.Report.Period!.Start, d.Report.Period.End, d.Report.Authors.Single().Name),
            Is.EqualTo(("Spotlight on Iran", new DateOnly(2021, 11, 4), new DateOnly(2021, 11, 18), "Raz Zimmt")));
        Assert.That(d.Report.Sections.Select(s => (s.Id, s.Items.Length, s.Figures.Length)),
            Is.EqualTo(new[] { ("overview", 1, 0), ("syria", 1, 1), ("iraq", 2, 1) }));
        Assert.That(d.Diagnostics, Is.Empty);
    }

    [Test]
    public void Entities_nbsp_br_and_inline_tags_are_normalised()
    {
        var d = Parse(Page);
        Assert.That(d.Report.Period!.Text, Is.EqualTo("November 4, 2021 – November 18, 2021"));
        Assert.That(d.Report.Sections[0].Items[0].Text, Is.EqualTo("Iran & Syria agreed to resume pilgrimages (IRNA, November 7)."));
        Assert.That(d.Report.Sections[1].Items[0].Text, Is.EqualTo(
            "A delegation led by the head of the pilgrimage organisation arrived in Damascus. The visit lasted two days (ISNA, November 12)."));
        Assert.That(d.Report.Sections[1].Items[0].Sources.Single().Name, Is.EqualTo("ISNA"));
    }

    [Test]
    public void Captions_are_figures_once_and_alt_text_is_no_second_figure()
    {
        var d = Parse(Page);
        Assert.That(d.Report.Sections.SelectMany(s => s.Figures).Select(f => f.Caption), Is.EqualTo(new[]
        {
            "The delegation in Damascus. (IRNA, November 9)",
            "Qa'ani in Baghdad. (Fars, November 8)",
        }));
    }

    [Test]
    public void The_site_s_lines_above_the_article_are_site_text_as_a_copy_of_the_page_has_them()
    {
        // A repost: the archive title and the breadcrumb stand in <main> above the <article>, as in sample 009.
        const string page = """
            <html><body>
            <header class="site-header"><div class="site-name">News Digest Site</div></header>
            <main>
            <h1 class="archive-title">Tag Archives: Iran</h1>
            <ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/countries/">Countries</a></li><li aria-current="page">Iran</li></ol>
            <div class="share-buttons">Share on Twitter</div>
            <article class="post">
            <h1>Spotlight on Iran</h1>
            <p>November 4, 2021 – November 18, 2021</p>
            <p>Author: Dr. Raz Zimmt</p>
            <h2>Overview</h2>
            <p>► Iran sent aid (IRNA, November 6).</p>
            <h2>Iranian Involvement in Iraq</h2>
            <p>► Iran condemned the attack (Fars, November 7).</p>
            </article>
            </main></body></html>
            """;
        var d = Parse(page);
        Assert.That(d.Report.Furniture!.Value.Select(f => (f.Kind, f.Text)), Is.EqualTo(new[]
        {
            (FurnitureKind.SiteText, "Tag Archives: Iran"), (FurnitureKind.SiteText, "1. Home"),
            (FurnitureKind.SiteText, "2. Countries"), (FurnitureKind.SiteText, "3. Iran"),
        }));
        Assert.That((d.Report.Series, d.Report.Authors.Single().Name), Is.EqualTo(("Spotlight on Iran", "Raz Zimmt")));
        Assert.That(d.Diagnostics, Is.Empty);
    }

    [Test]
    public void A_title_outside_the_article_s_text_block_is_no_site_text()
    {
        const string page = """
            <html><body><article class="post">
            <header class="entry-header"><h1 class="entry-title">Spotlight on Iran</h1></header>
            <div class="entry-content">
            <p>November 4, 2021 – November 18, 2021</p>
            <p>Author: Dr. Raz Zimmt</p>
            <h2>Iranian Involvement in Iraq</h2>
            <p>► Iran condemned the attack (Fars, November 7).</p>
            </div>
            </article></body></html>
            """;
        var d = Parse(page);
        Assert.That(d.Report.Series, Is.EqualTo("Spotlight on Iran"));
        Assert.That(d.Report.Furniture, Is.Null);
    }

    [Test]
    public void Navigation_sidebars_share_buttons_comments_footer_and_scripts_are_left_out()
    {
        var d = Parse(Page);
        string all = string.Join("\n", d.Report.Sections.SelectMany(s => s.Items.Select(i => i.Text).Concat(s.Figures.Select(f => f.Caption))));
        Assert.That(all, Does.Not.Contain("Injected").And.Not.Contain("Home").And.Not.Contain("Recent posts")
            .And.Not.Contain("Share on").And.Not.Contain("Great report").And.Not.Contain("©"));
        Assert.That(d.Stats.Sources, Is.EqualTo(6));
    }

    [Test]
    public void Lines_refer_to_the_normalised_text()
    {
        var d = Parse(Page);
        Assert.That(d.Report.Period!.Line, Is.EqualTo(3));
        Assert.That(d.Report.Sections[0].Lines, Is.EqualTo(new LineRange(7, 9)));
        Assert.That(d.Report.Sections[1].Items[0].Lines, Is.EqualTo(new LineRange(13, 14)), "the <br> makes a second line");
    }

    [Test]
    public void A_page_without_an_article_element_uses_its_body()
    {
        var d = Parse("<html><body><nav>Menu</nav><h1>Spotlight on Iran</h1><p>June 6-19, 2016</p><p>Author: Dr. Raz Zimmt</p>"
            + "<h2>Overview</h2><p>► Iran sent aid (IRNA, June 7).</p><h2>Iranian Involvement in Yemen</h2><p>► Houthi envoys met in Tehran (Fars, June 8).</p>"
            + "<footer>Copyright</footer></body></html>");
        Assert.That(d.Report.Sections.Select(s => s.Id), Is.EqualTo(new[] { "overview", "yemen" }));
        Assert.That(d.Report.Period!.Start, Is.EqualTo(new DateOnly(2016, 6, 6)));
    }

    [Test]
    public void A_page_with_no_text_is_an_error()
    {
        Assert.That(() => Parse("<html><body><script>x()</script></body></html>"),
            Throws.TypeOf<ReportReadException>().With.Message.EqualTo("no article text in the page"));
    }

    [TestCase("%PDF-1.7\n...", "pdf")]
    [TestCase("junk\n%PDF-1.4\n", "pdf")]
    [TestCase("<!DOCTYPE html><html>", "html")]
    [TestCase("\n  <html lang=\"en\">", "html")]
    [TestCase("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", "html")]
    [TestCase("<!-- saved page --><html>", "html")]
    [TestCase("Spotlight on Iran\n\nNovember 4, 2021", "text")]
    [TestCase("<b>not a page</b>", "text")]
    public void Formats_are_told_by_content_not_name(string start, string format)
    {
        Assert.That(ReportReaders.Detect(Encoding.UTF8.GetBytes(start), "report.txt").Format, Is.EqualTo(format));
    }

    [Test]
    public void Without_a_telling_content_the_extension_decides()
    {
        Assert.That(ReportReaders.Detect("<b>x</b>"u8, "page.html").Format, Is.EqualTo("html"));
        Assert.That(ReportReaders.Detect("plain"u8, "report").Format, Is.EqualTo("text"));
    }

    [Test]
    public void Text_set_straight_in_a_block_without_a_paragraph_is_kept()
    {
        var source = new HtmlReportReader().Read("<html><body><div>Spotlight on Iran</div><div><div>► Talks resumed (IRNA, November 7).</div></div></body></html>"u8);
        Assert.That(source.Text, Is.EqualTo("Spotlight on Iran\n\n► Talks resumed (IRNA, November 7).\n"));
    }

    [Test]
    public void Nesting_ten_thousand_levels_deep_is_capped_with_a_warning_and_its_text_kept()
    {
        string html = "<html><body><h1>Spotlight on Iran</h1>" + string.Concat(Enumerable.Repeat("<div class=\"a>b\">", 10_000))
            + "<h2>Overview</h2><p>► Talks resumed (IRNA, November 7).</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        var document = Parse(html);
        Assert.That(document.Report.Sections.Single().Items.Single().Text, Is.EqualTo("Talks resumed (IRNA, November 7)."));
        Assert.That(document.Diagnostics[0], Is.EqualTo(new Diagnostic("SPT025", DiagnosticSeverity.Warning,
            "HTML nested too deeply: tags below the limit are ignored: 10001 levels, 512 kept", null, null, null)));
    }

    [Test]
    public void Nesting_within_the_cap_leaves_the_page_as_written()
    {
        string html = "<p>a < b</p><!-- <div><div> --><script>if (a<b) x = '<div>';</script>" + string.Concat(Enumerable.Repeat("<div>", 512));
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 512, 514)));
    }

    [Test]
    public void A_page_of_more_elements_than_the_budget_is_refused_with_its_count()
    {
        // Line breaks are no elements (see HtmlBreaksTests): a page of bold words is.
        string Page(int words) => "<html><body><article><h1>Spotlight on Iran</h1><p>" + string.Concat(Enumerable.Repeat("<b>x</b>", words)) + "</p></article></body></html>";
        // Five elements around the words: the first page holds exactly the budget, the second one more.
        Assert.DoesNotThrow(() => new HtmlReportReader().Read(Encoding.UTF8.GetBytes(Page(HtmlReportReader.MaxElements - 5))));
        var refused = Assert.Throws<ReportReadException>(() => new HtmlReportReader().Read(Encoding.UTF8.GetBytes(Page(HtmlReportReader.MaxElements - 4))));
        Assert.That(refused!.Message, Is.EqualTo("HTML has more than 200,000 elements (200,001)"));
    }

    [Test]
    public void A_page_declaring_windows_1252_is_read_as_it_without_a_warning()
    {
        byte[] page = [.. "<html><head><meta charset=\"windows-1252\"></head><body><h1>Spotlight on Iran</h1><p>Iran"u8, 0x92, .. "s envoy</p></body></html>"u8];
        var document = ReportPipeline.Parse(page, "page.html", new HtmlReportReader());
        Assert.That(document.Diagnostics.Select(d => d.Code), Does.Not.Contain("SPT024"));
        Assert.That(new HtmlReportReader().Read(page).Text, Does.Contain("Iran’s envoy"));

        byte[] undeclared = [.. "<html><body><h1>Spotlight on Iran</h1><p>Iran"u8, 0x92, .. "s envoy</p></body></html>"u8];
        Assert.That(ReportPipeline.Parse(undeclared, "page.html", new HtmlReportReader()).Diagnostics[0],
            Is.EqualTo(new Diagnostic("SPT024", DiagnosticSeverity.Warning, "not UTF-8: read as Windows-1252: byte 0x92 at offset 45", null, null, null)));
    }
}
