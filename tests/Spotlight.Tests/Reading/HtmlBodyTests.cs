using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Bugs of the HTML reader that the mutated web pages found, each as its smallest input: text set straight
/// in a block was dropped, and an article in the page's margins was taken for the report.
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
}
