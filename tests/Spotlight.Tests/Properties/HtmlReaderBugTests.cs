using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Bugs of the HTML reader that the mutated web pages found, each as its smallest input. They are ignored
/// until the reader is fixed; until then the property excuses a refused mutant that has them (<see cref="KnownHtmlBugs"/>).
/// </summary>
public sealed class HtmlReaderBugTests
{
    private static string Read(string html) => new HtmlReportReader().Read(Encoding.UTF8.GetBytes(html)).Text;

    [Test]
    [Ignore("bug: text directly inside a block element (<article>, <div>, <body>) is dropped: HtmlBlockWriter.Walk passes the text node to Inline, which reads only a node's children")]
    public void Text_directly_inside_a_block_element_is_read()
    {
        // Today: ReportReadException "no article text in the page".
        Assert.That(Read("<article>Spotlight on Iran</article>"), Is.EqualTo("Spotlight on Iran\n"));
        // Today: "November 4, 2021\n", the title lost.
        Assert.That(Read("<div>Spotlight on Iran</div><p>November 4, 2021</p>"), Is.EqualTo("Spotlight on Iran\n\nNovember 4, 2021\n"));
    }

    [Test]
    [Ignore("bug: the reader takes for the article an <article> or <main> inside page furniture (a sidebar's teaser), or one whose only text is furniture (share buttons), before the body that holds the report")]
    public void An_article_in_a_sidebar_is_not_the_report()
    {
        // Today: "Recent posts\n", the report in <main> lost.
        Assert.That(Read("<body><aside><article><p>Recent posts</p></article></aside><main><p>Spotlight on Iran</p></main></body>"),
            Is.EqualTo("Spotlight on Iran\n"));
        // Today: ReportReadException "no article text in the page".
        Assert.That(Read("<body><aside><article><div class=\"share\">Share</div></article></aside><p>Spotlight on Iran</p></body>"),
            Is.EqualTo("Spotlight on Iran\n"));
    }
}
