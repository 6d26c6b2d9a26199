using Microsoft.Playwright;

namespace Spotlight.Tests.Browser;

/// <summary>
/// What every report page must do in a browser, checked against the tree of the same input: each date and source is
/// marked with its values and can be seen, the contents and the findings link to what they name, the page reads on a
/// phone and in print. A fixture of one page: it is written, opened once, and each test looks at it.
/// </summary>
public abstract class ReportPageChecks : BrowserFixture
{
    private const int Width = 1000, Height = 900, PhoneWidth = 375;

    private RenderedReport? _report;
    private IPage? _page;

    /// <summary>The page's file name in the output folder, and its screenshot's.</summary>
    protected abstract string Name { get; }

    private protected abstract RenderedReport Render();

    private protected RenderedReport Report => _report ?? throw new InvalidOperationException("the page is opened before the first test");

    protected IPage Page => _page ?? throw new InvalidOperationException("the page is opened before the first test");

    [OneTimeSetUp]
    public async Task OpenPage()
    {
        _report = Render();
        _page = await Chromium.OpenAsync(WritePage(Name, _report.Html), Width, Height);
    }

    [Test]
    public async Task Every_item_and_figure_of_the_tree_is_on_the_page_with_its_text()
    {
        var tree = Report.Nodes;
        var page = await PageNode.AllOnAsync(Page);

        Assert.That(page.Select(node => node.Id), Is.EquivalentTo(tree.Select(node => node.Id)));
        var shown = page.ToDictionary(node => node.Id);
        Assert.Multiple(() =>
        {
            foreach (var node in tree)
                Assert.That(shown[node.Id].Text, Is.EqualTo(node.Text), node.Id);
        });
    }

    [Test]
    public async Task Every_date_and_source_of_the_tree_is_marked_with_its_values()
    {
        var tree = Report.Nodes;
        var page = (await PageNode.AllOnAsync(Page)).ToDictionary(node => node.Id);

        Assert.That(tree.Sum(node => node.Dates.Count + node.Sources.Count), Is.GreaterThan(0), "a page with no mention proves nothing");
        Assert.Multiple(() =>
        {
            foreach (var node in tree)
            {
                Assert.That(page[node.Id].Dates, Is.EqualTo(node.Dates), $"dates of {node.Id}");
                Assert.That(page[node.Id].Sources, Is.EqualTo(node.Sources), $"sources of {node.Id}");
            }
        });
    }

    [Test]
    public async Task Every_mark_is_visible_on_a_background_of_its_own()
    {
        // Each mark that is not shown, or whose background is the page's or its own text's colour, named.
        var unseen = await Page.EvaluateAsync<string[]>("""
            () => {
              const page = getComputedStyle(document.body).backgroundColor;
              return [...document.querySelectorAll('time.date, cite.source')].flatMap(mark => {
                const style = getComputedStyle(mark);
                const shown = mark.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && mark.getClientRects().length > 0;
                const marked = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== page && style.backgroundColor !== style.color;
                return shown && marked ? [] : [`${mark.dataset.mention}: shown ${shown}, background ${style.backgroundColor} on ${page}, text ${style.color}`];
              });
            }
            """);
        int marks = await Page.Locator("time.date, cite.source").CountAsync();

        Assert.That(marks, Is.GreaterThanOrEqualTo(Report.Tree.Stats.Dates + Report.Tree.Stats.Sources));
        Assert.That(unseen, Is.Empty);
    }

    [Test]
    public async Task Every_contents_link_scrolls_to_its_section()
    {
        var links = Page.Locator("nav.toc a");
        Assert.That(await links.CountAsync(), Is.EqualTo(Report.Tree.Report.Sections.Length));

        for (int i = 0; i < Report.Tree.Report.Sections.Length; i++)
        {
            string href = (await links.Nth(i).GetAttributeAsync("href"))!;
            await links.Nth(i).ClickAsync();
            Assert.That(await WhereTheLinkLedAsync(), Is.EqualTo($"{href} SECTION targeted in view"), $"contents link {i + 1}");
        }
    }

    [Test]
    public async Task Every_finding_about_an_item_links_to_it()
    {
        var expected = Report.Tree.Diagnostics.Where(finding => finding.ItemId is not null).Select(finding => "#" + finding.ItemId).ToList();
        var links = Page.Locator("section.diagnostics a");
        Assert.That(await links.CountAsync(), Is.EqualTo(expected.Count));

        for (int i = 0; i < expected.Count; i++)
        {
            Assert.That(await links.Nth(i).GetAttributeAsync("href"), Is.EqualTo(expected[i]));
            await links.Nth(i).ClickAsync();
            Assert.That(await WhereTheLinkLedAsync(), Is.AnyOf($"{expected[i]} LI targeted in view", $"{expected[i]} FIGURE targeted in view"));
        }
    }

    [Test]
    public async Task The_page_reads_on_a_phone_without_scrolling_sideways()
    {
        await Page.SetViewportSizeAsync(PhoneWidth, Height);
        try
        {
            Assert.That(await Page.EvaluateAsync<int>("document.documentElement.scrollWidth"), Is.LessThanOrEqualTo(PhoneWidth));
        }
        finally
        {
            await Page.SetViewportSizeAsync(Width, Height);
        }
    }

    [Test]
    public async Task In_print_each_mark_is_followed_by_its_note_and_on_screen_it_is_not()
    {
        // A mark whose ::after does not show its note in brackets (in CSS's quoting, which is JSON's for these notes),
        // or whose note is empty or not also its title (what the pointer shows on screen).
        const string unnoted = """
            () => [...document.querySelectorAll('time.date, cite.source')].flatMap(mark => {
              const after = getComputedStyle(mark, '::after').content;
              const note = mark.dataset.note ?? '';
              const wanted = matchMedia('print').matches ? JSON.stringify(' [' + note + ']') : 'none';
              return after === wanted && note !== '' && mark.title === note ? [] : [`${mark.dataset.mention}: ${after}, note "${note}", title "${mark.title}"`];
            })
            """;

        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        string[] inPrint;
        try
        {
            inPrint = await Page.EvaluateAsync<string[]>(unnoted);
        }
        finally
        {
            await Page.EmulateMediaAsync(new() { Media = Media.Screen });
        }
        string[] onScreen = await Page.EvaluateAsync<string[]>(unnoted);

        Assert.That(await Page.Locator("time.date, cite.source").CountAsync(), Is.GreaterThan(0));
        Assert.That(inPrint, Is.Empty, "in print");
        Assert.That(onScreen, Is.Empty, "on screen");
    }

    [Test]
    public async Task The_whole_page_is_photographed_into_the_test_output()
    {
        string png = await PhotographAsync(Page, Name);

        var (width, height) = PngSize.Of(png);
        Assert.That(width, Is.EqualTo(Width));
        Assert.That(height, Is.EqualTo(await Page.EvaluateAsync<int>("document.documentElement.scrollHeight")));
    }

    /// <summary>"#sec-syria SECTION targeted in view": the hash, the element it names, whether it is the page's :target and in the viewport.</summary>
    private Task<string> WhereTheLinkLedAsync() => Page.EvaluateAsync<string>("""
        () => {
          const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
          if (!target)
            return `${location.hash} names nothing`;
          const box = target.getBoundingClientRect();
          const inView = box.top >= -1 && box.top < innerHeight && box.bottom > 0;
          return `${location.hash} ${target.tagName} ${target.matches(':target') ? 'targeted' : 'not targeted'} ${inView ? 'in view' : `at ${box.top}`}`;
        }
        """);
}
