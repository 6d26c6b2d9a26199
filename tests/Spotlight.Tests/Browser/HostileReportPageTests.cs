using System.Text;
using Spotlight.Writing.Html;

namespace Spotlight.Tests.Browser;

/// <summary>
/// A report whose text, author, heading, sources and file name hold markup that would run if it were not escaped:
/// each piece would set the page's title or <c>window.injected</c>. None may run, and each must show as the text it is.
/// </summary>
public sealed class HostileReportPageTests : ReportPageChecks
{
    internal const string Text = """
        Spotlight on Iran

        November 4, 2021 – November 18, 2021

        Author: Dr. <img src=x onerror="window.injected='author'">Zimmt

        Overview

        ► The report held <script>document.title='injected';window.injected='script'</script> in its text (Fars, November 6).
        ► An image <img src=x onerror="document.title='injected';window.injected='img'"> stood in the text, and a citation gave a date alone (, November 8, 2021).

        Iranian Involvement in <script>window.injected='heading'</script> Syria

        ► A source named "><script>window.injected='attribute'</script> was cited (Kayhan" onmouseover="window.injected='quote', November 10).
        ► An item of early November 2021 (IRNA, November 12).

        """;

    internal const string InputName = "reports/<img src=x onerror=\"window.injected='path'\">.txt";

    protected override string Name => "hostile";

    private protected override RenderedReport Render() => RenderedReport.Of(Encoding.UTF8.GetBytes(Text), InputName);

    [Test]
    public async Task No_markup_of_the_report_runs()
    {
        // The pointer passes over every source, whose attributes a stray quote would have opened to an onmouseover.
        var sources = Page.Locator("cite.source");
        for (int i = 0; i < await sources.CountAsync(); i++)
            await sources.Nth(i).HoverAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await Page.TitleAsync(), Is.EqualTo(ReportArticle.Title(Report.Tree)));
            Assert.That(await Page.EvaluateAsync<string>("() => typeof window.injected"), Is.EqualTo("undefined"));
            Assert.That(await Page.Locator("script, img").CountAsync(), Is.EqualTo(0));
            Assert.That(await Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))"),
                Is.Empty);
        });
    }

    [Test]
    public async Task The_markup_shows_as_text()
    {
        string shown = await Page.EvaluateAsync<string>("() => document.body.innerText");

        Assert.Multiple(() =>
        {
            Assert.That(shown, Does.Contain("<script>document.title='injected';window.injected='script'</script>"));
            Assert.That(shown, Does.Contain("<img src=x onerror=\"document.title='injected';window.injected='img'\">"));
            Assert.That(shown, Does.Contain("Dr. <img src=x onerror=\"window.injected='author'\">Zimmt"));
            Assert.That(shown, Does.Contain("Iranian Involvement in <script>window.injected='heading'</script> Syria"));
            Assert.That(shown, Does.Contain("Kayhan\" onmouseover=\"window.injected='quote', November 10"));
            Assert.That(shown, Does.Contain(InputName));
        });
    }

    [Test]
    public void The_report_has_a_finding_about_an_item_for_the_page_to_link()
    {
        Assert.That(Report.Tree.Diagnostics.Select(finding => finding.ItemId), Does.Contain("overview-2"));
    }
}
