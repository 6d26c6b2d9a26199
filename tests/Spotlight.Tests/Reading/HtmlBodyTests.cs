using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Bugs of the HTML reader that the mutated web pages found, each as its smallest input: text set straight
/// in a block was dropped, an article in the page's margins was taken for the report, and a margin that holds
/// the whole article (its tag left open) had the report thrown away with it.
/// </summary>
public sealed class HtmlBodyTests
{
    private static string Read(string html) => new HtmlReportReader().Read(Encoding.UTF8.GetBytes(html)).Text;

    [Test]
    public void Text_directly_inside_a_block_element_is_read()
    {
        // Was: ReportReadException "no article text in the page".
        Assert.That(Read("<article>Spotlight on Iran</article>"), Is.EqualTo("Spotlight on Iran\n"));
        // Was: "November 4, 2021\n", the title lost.
        Assert.That(Read("<div>Spotlight on Iran</div><p>November 4, 2021</p>"), Is.EqualTo("Spotlight on Iran\n\nNovember 4, 2021\n"));
    }

    [Test]
    public void An_article_in_a_sidebar_is_not_the_report()
    {
        // Was: "Recent posts\n", the report in <main> lost.
        Assert.That(Read("<body><aside><article><p>Recent posts</p></article></aside><main><p>Spotlight on Iran</p></main></body>"),
            Is.EqualTo("Spotlight on Iran\n"));
        // Was: ReportReadException "no article text in the page".
        Assert.That(Read("<body><aside><article><div class=\"share\">Share</div></article></aside><p>Spotlight on Iran</p></body>"),
            Is.EqualTo("Spotlight on Iran\n"));
    }

    [Test]
    public void A_margin_that_holds_the_article_does_not_hide_it()
    {
        // Mutated 002_new_year_topics.html, seed 1F7XpwFP94p2: <aside class="sidebar"> split across lines is an
        // unknown <asi> never closed, holding <main> and all after it. Was: ReportReadException "no article text in the page".
        Assert.That(Read("<body><asi\n\nde class=\"sidebar\"><h3>Recent posts</h3></aside>"
                + "<main><article><h1>Spotlight on Iran</h1><p>December 23, 2021</p></article></main></body>"),
            Is.EqualTo("Spotlight on Iran\n\nDecember 23, 2021\n"));
        // A wrapper named for the sidebar beside the article. Was: the same exception.
        Assert.That(Read("<body><div class=\"content-sidebar-wrap\"><main><p>Spotlight on Iran</p></main>"
                + "<aside class=\"sidebar\"><p>Recent posts</p></aside></div></body>"),
            Is.EqualTo("Spotlight on Iran\n"));
        // Its title outside the block of text is in the same margin, and is read. Was: the exception.
        Assert.That(Read("<body><div class=\"content-sidebar-wrap\"><article><h1 class=\"entry-title\">Spotlight on Iran</h1>"
                + "<div class=\"entry-content\"><p>December 23, 2021</p></div></article></div></body>"),
            Is.EqualTo("Spotlight on Iran\n\nDecember 23, 2021\n"));
    }

    [Test]
    public void A_teaser_in_a_sidebar_with_less_text_than_the_page_is_still_not_the_report()
    {
        Assert.That(Read("<body><div class=\"sidebar\"><article><p>Recent posts</p></article></div><p>Spotlight on Iran, December 23</p></body>"),
            Is.EqualTo("Spotlight on Iran, December 23\n"));
    }
}
