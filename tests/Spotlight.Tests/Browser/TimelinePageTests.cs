using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Browser;

/// <summary>
/// The timeline page of two reports, opened in the browser and checked against the JSON timeline of the same inputs:
/// one lane per region holding its events, and a chart whose bars count them per region and month.
/// </summary>
public sealed class TimelinePageTests : BrowserFixture
{
    private static readonly string[] Inputs = [TestFiles.SeedPath, Path.Combine(TestFiles.Samples, "002_new_year_topics.txt")];

    private IPage? _page;
    private List<(string Region, string Month)> _events = null!;

    private IPage Page => _page ?? throw new InvalidOperationException("the page is opened before the first test");

    [OneTimeSetUp]
    public async Task OpenPage()
    {
        string dir = Directory.CreateTempSubdirectory("spotlight-timeline-page-").FullName;
        try
        {
            var html = CliRunner.Run(dir, ["timeline", .. Inputs, "-f", "html", "-q"]);
            var json = CliRunner.Run(dir, ["timeline", .. Inputs, "-f", "json", "-q"]);
            Assert.That((html.ExitCode, json.ExitCode), Is.EqualTo((0, 0)), html.Stderr + json.Stderr);
            _events = JsonNode.Parse(json.Stdout)!.AsArray()
                .Select(e => (e!["region"]?.GetValue<string>() ?? "", e["start"]!.GetValue<string>()[..7]))
                .ToList();
            _page = await Chromium.OpenAsync(WritePage("timeline", System.Text.Encoding.UTF8.GetBytes(html.Stdout)));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Each_region_has_one_lane_holding_its_events()
    {
        var lanes = await Page.EvalOnSelectorAllAsync<string[][]>("section.lane",
            "lanes => lanes.map(l => [l.dataset.region, String(l.querySelectorAll('ol.events > li').length)])");
        var expected = _events.GroupBy(e => e.Region).ToDictionary(g => g.Key, g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.That(_events, Has.Count.GreaterThan(20), "a timeline of a few events proves little");
        Assert.That(lanes.ToDictionary(l => l[0], l => l[1]), Is.EquivalentTo(expected));
    }

    [Test]
    public async Task The_chart_counts_the_events_of_each_region_in_each_month()
    {
        var bars = await Page.EvalOnSelectorAllAsync<string[][]>("svg [data-count]",
            "bars => bars.map(b => [b.dataset.region, b.dataset.month, b.dataset.count])");
        var shown = bars.GroupBy(b => (b[0], b[1])).ToDictionary(g => g.Key, g => g.Sum(b => int.Parse(b[2], System.Globalization.CultureInfo.InvariantCulture)));
        var expected = _events.GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(shown, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task The_chart_and_the_lanes_can_be_seen()
    {
        var chart = await Page.QuerySelectorAsync("svg");
        Assert.That(chart, Is.Not.Null);
        var box = await chart!.BoundingBoxAsync();
        Assert.That(box!.Width, Is.GreaterThan(200));
        Assert.That(box.Height, Is.GreaterThan(100));
        Assert.That(await Page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), Is.True);
        await PhotographAsync(Page, "timeline");
    }
}
