using AngleSharp.Dom;
using Spotlight.Model;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;
using static Spotlight.Tests.Writing.Timeline.HandMadeEvents;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>
/// The timeline's page: a summary, the chart's counts per region and month read back from its SVG, one lane per region
/// with its events in the order given, every piece of text escaped, and a page that parses without an error.
/// </summary>
public sealed class HtmlTimelineWriterTests
{
    private static readonly TimelineEvent[] Archive =
    [
        Make("2021-01-03", "Syria", "Syria one"),
        Make("2021-01-20", "Iraq", "Iraq one"),
        Make("2021-02", null, "Nowhere one"),
        Make("2021-02-11", "Syria", "Syria two"),
        Make("2021-02-11", "Syria", "Syria three"),
        Make("2021-W09", "Lebanon", "Lebanon one"),
        Make("2021-03-30", "Iraq", "Iraq two"),
        Make("2021-03-30", "iran", "Iran one"),
    ];

    [Test]
    public void The_table_reaches_the_page_by_its_name_and_extensions()
    {
        var row = TimelineWriters.ForName("html")!;
        Assert.That(row.Extensions, Is.EqualTo(new[] { ".html", ".htm" }));
        Assert.That(row.Create(), Is.InstanceOf<HtmlTimelineWriter>());
    }

    [Test]
    public void The_page_is_titled_and_sums_the_timeline_up()
    {
        var reportB = new TimelineReport("b.txt", null, null, null, "iraq-2");
        var page = TimelinePage.Write([
            Make("2021-01-03", "Syria", "a"),
            Make("2021-01-20", "Iraq", "b", reports: [ReportA, reportB]),
            Make("2021-04", null, "c", reports: [reportB]),
        ]);
        Assert.That(page.Document.Title, Is.EqualTo("Timeline"));
        Assert.That(page.One("h1").TextContent, Is.EqualTo("Timeline"));
        Assert.That(page.One("header p.stats").TextContent, Is.EqualTo("3 events from 2 reports, 2021-01-03 to 2021-04, in 3 lanes."));
        Assert.That(page.All("header p.stats time").Select(t => t.GetAttribute("datetime")), Is.EqualTo(new[] { "2021-01-03", "2021-04" }));
        Assert.That(page.All("script"), Is.Empty);
    }

    [Test]
    public void Lanes_are_the_regions_by_name_then_the_events_of_no_region()
    {
        var page = TimelinePage.Write(Archive);
        Assert.That(page.Lanes, Is.EqualTo(new[] { "iran", "Iraq", "Lebanon", "Syria", "" }));
        Assert.That(page.All("section.lane h3").Select(h => h.TextContent), Is.EqualTo(new[]
        {
            "iran (1 event)", "Iraq (2 events)", "Lebanon (1 event)", "Syria (3 events)", "No region (1 event)",
        }));
        Assert.That(page.All("section.lane").Select(lane => lane.Id), Is.EqualTo(new[] { "lane-iran", "lane-Iraq", "lane-Lebanon", "lane-Syria", "lane-No-region" }));
    }

    [Test]
    public void Each_lane_holds_its_events_in_the_order_given()
    {
        var page = TimelinePage.Write(Archive);
        Assert.That(page.EventTexts("Syria"), Is.EqualTo(new[] { "Syria one", "Syria two", "Syria three" }));
        Assert.That(page.EventTexts("Iraq"), Is.EqualTo(new[] { "Iraq one", "Iraq two" }));
        Assert.That(page.EventTexts(""), Is.EqualTo(new[] { "Nowhere one" }));

        var reversed = TimelinePage.Write(Archive.Where(e => e.Region == "Syria").Reverse());
        Assert.That(reversed.EventTexts("Syria"), Is.EqualTo(new[] { "Syria three", "Syria two", "Syria one" }));
    }

    [Test]
    public void The_chart_counts_events_per_region_per_month_where_their_date_starts()
    {
        var page = TimelinePage.Write(Archive);
        Assert.That(page.Bars, Is.EqualTo(new Dictionary<(string, string), int>
        {
            [("Syria", "2021-01")] = 1,
            [("Iraq", "2021-01")] = 1,
            [("", "2021-02")] = 1,
            [("Syria", "2021-02")] = 2,
            // Week 9 of 2021 starts on Monday 1 March.
            [("Lebanon", "2021-03")] = 1,
            [("Iraq", "2021-03")] = 1,
            [("iran", "2021-03")] = 1,
        }));
        Assert.That(page.Periods, Is.EqualTo(new[] { ("2021-01", 2), ("2021-02", 3), ("2021-03", 3) }));
        Assert.That(page.All("svg rect.bar[data-region='Syria'] > title").Select(t => t.TextContent),
            Is.EqualTo(new[] { "Syria, 2021-01: 1 event", "Syria, 2021-02: 2 events" }));
        Assert.That(page.All("svg rect.bar[data-region=''] > title").Single().TextContent, Is.EqualTo("No region, 2021-02: 1 event"));
        Assert.That(page.All(".legend li").Select(li => li.TextContent), Is.EqualTo(new[]
        {
            "iran 1 event", "Iraq 2 events", "Lebanon 1 event", "Syria 3 events", "No region 1 event",
        }));
        Assert.That(page.All(".legend a").Select(a => a.GetAttribute("href")), Is.EqualTo(page.All("section.lane").Select(lane => "#" + lane.Id)));
    }

    [Test]
    public void Each_region_has_one_colour_in_its_bars_and_its_legend()
    {
        var page = TimelinePage.Write(Archive);
        var colours = page.All("svg rect.bar").GroupBy(bar => bar.GetAttribute("data-region")!)
            .ToDictionary(group => group.Key, group => group.Select(bar => bar.GetAttribute("fill")).Distinct().Single());
        Assert.That(colours.Values.Distinct().Count(), Is.EqualTo(5), "five regions, five colours");
        foreach (var li in page.All(".legend li"))
            Assert.That(li.QuerySelector(".swatch")!.GetAttribute("style"), Does.Contain(colours[li.GetAttribute("data-region")!]));
    }

    [Test]
    public void Stacked_bars_stand_on_one_another_and_the_highest_fits_the_axis()
    {
        var page = TimelinePage.Write(Archive);
        var february = page.All("svg g.period[data-month='2021-02'] rect.bar").ToList();
        double Number(IElement bar, string name) => double.Parse(bar.GetAttribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(february, Has.Count.EqualTo(2));
        // The lower piece's top is the upper piece's bottom, and twice the count is twice the height.
        Assert.That(Number(february[1], "y") + Number(february[1], "height"), Is.EqualTo(Number(february[0], "y")).Within(0.02));
        Assert.That(Number(february[0], "height"), Is.EqualTo(2 * Number(february[1], "height")).Within(0.02));
        Assert.That(page.All("svg g.y-axis text").Select(t => t.TextContent), Is.EqualTo(new[] { "0", "1", "2", "3", "Events" }));
        Assert.That(page.One("svg > text.axis-title").TextContent, Is.EqualTo("Month"));
    }

    [Test]
    public void Months_without_events_keep_their_place_on_the_axis()
    {
        var page = TimelinePage.Write([Make("2020-11-30", "Syria", "a"), Make("2021-03-02", "Syria", "b"), Make("2021-03-04", "Iraq", "c")]);
        Assert.That(page.Periods, Is.EqualTo(new[] { ("2020-11", 1), ("2020-12", 0), ("2021-01", 0), ("2021-02", 0), ("2021-03", 2) }));
        Assert.That(page.All("svg g.period[data-total='0'] rect"), Is.Empty);
    }

    [Test]
    public void Past_120_months_the_chart_counts_by_year_and_says_so()
    {
        var tenYears = TimelinePage.Write([Make("2011-01-05", "Syria", "a"), Make("2020-12-05", "Syria", "b")]);
        Assert.That(tenYears.Periods, Has.Count.EqualTo(120));
        Assert.That(tenYears.One("figure.chart figcaption").TextContent,
            Is.EqualTo("Events per region per month. An event dated by its week, month or year counts in the month it starts in."));

        var longer = TimelinePage.Write([Make("2011-01-05", "Syria", "a"), Make("2013-06", "Iraq", "b"), Make("2013-07-01", "Iraq", "c"), Make("2021-01-05", "Syria", "d")]);
        Assert.That(longer.Periods.Select(p => p.Month), Is.EqualTo(Enumerable.Range(2011, 11).Select(y => y.ToString())));
        Assert.That(longer.Bars, Is.EqualTo(new Dictionary<(string, string), int> { [("Syria", "2011")] = 1, [("Iraq", "2013")] = 2, [("Syria", "2021")] = 1 }));
        Assert.That(longer.One("figure.chart figcaption").TextContent, Does.StartWith("Events per region per year, grouped by year since the events span more than 120 months."));
        Assert.That(longer.One("svg > text.axis-title").TextContent, Is.EqualTo("Year"));
        Assert.That((longer.One("svg").GetAttribute("data-months-per-bar"), tenYears.One("svg").GetAttribute("data-months-per-bar")), Is.EqualTo(("12", "1")));
        Assert.That(longer.One("section.overview h2").TextContent, Is.EqualTo("Events per year"));
    }

    [Test]
    public void An_empty_timeline_is_a_page_that_says_so()
    {
        var page = TimelinePage.Write([]);
        Assert.That(page.One("h1").TextContent, Is.EqualTo("Timeline"));
        Assert.That(page.One("p.empty").TextContent, Is.EqualTo("The timeline holds no event."));
        Assert.That((page.All("svg").Length, page.All("section.lane").Length), Is.EqualTo((0, 0)));
        Assert.That(page.Html, Does.EndWith("</body>\n</html>\n"));
    }

    [Test]
    public void An_event_shows_its_date_text_sources_and_reports()
    {
        var page = TimelinePage.Write([Make("2021-W44", "Syria", "Troops moved.", DateModifier.Early, kind: "figure", dateText: "early in the week of November 1",
            sources: [new TimelineSource("Fars News Agency", "Fars", SourceKind.Citation, SourcePlatform.Telegram, "2021-11-02"), new TimelineSource("a local activist", null, SourceKind.Inline, null, null)],
            reports: [ReportA, new TimelineReport("b.txt", null, null, null, "syria-fig-1")])]);
        var e = page.One("li.event");
        var time = e.QuerySelector("time.date")!;
        Assert.That((time.GetAttribute("datetime"), time.GetAttribute("data-granularity"), time.GetAttribute("data-modifier"), time.TextContent),
            Is.EqualTo(("2021-W44", "week", "early", "2021-W44")));
        Assert.That((time.GetAttribute("data-start"), time.GetAttribute("data-end"), time.GetAttribute("title")), Is.EqualTo(("2021-11-01", "2021-11-07", "2021-W44 · week · early")));
        Assert.That(e.QuerySelector(".written")!.TextContent, Is.EqualTo("“early in the week of November 1”"));
        Assert.That(e.QuerySelector("p.text")!.TextContent, Is.EqualTo("Figure: Troops moved."));
        Assert.That(e.QuerySelectorAll("ul.sources li").Select(li => li.TextContent), Is.EqualTo(new[] { "Fars, telegram, 2021-11-02", "a local activist" }));
        var cite = e.QuerySelector("cite.source")!;
        Assert.That((cite.GetAttribute("data-outlet"), cite.GetAttribute("data-platform"), cite.GetAttribute("data-kind"), cite.GetAttribute("title")),
            Is.EqualTo(("Fars", "telegram", "citation", "Fars · citation · telegram · 2021-11-02")));
        Assert.That(e.QuerySelector("p.told")!.TextContent,
            Is.EqualTo("Told in reports/2021-11a.txt (2021-11-01 to 2021-11-15), figure syria-1; b.txt (no period), figure syria-fig-1"));
        Assert.That(e.QuerySelector("span.report")!.GetAttribute("title"), Is.EqualTo("Spotlight on Iran"));
    }

    [Test]
    public void Every_piece_of_text_is_escaped_and_the_page_stays_valid()
    {
        const string Hostile = "<script>alert(\"x\")</script> & 'quotes' \"double\" \u0001\u0085\uFDD0 \uD800 end";
        const string Shown = "<script>alert(\"x\")</script> & 'quotes' \"double\" \uFFFD\uFFFD\uFFFD \uFFFD end";
        var page = TimelinePage.Write([Make("2021-01-03", Hostile, Hostile, dateText: Hostile,
            sources: [new TimelineSource(Hostile, Hostile, SourceKind.Citation, null, Hostile)],
            reports: [new TimelineReport(Hostile, Hostile, null, null, Hostile)])]);
        Assert.That(page.All("script"), Is.Empty);
        Assert.That(page.Html, Does.Not.Contain("<script"));
        Assert.That(page.Lanes, Is.EqualTo(new[] { Shown }));
        Assert.That(page.One("section.lane h3").TextContent, Is.EqualTo(Shown + " (1 event)"));
        Assert.That(page.One("li.event p.text").TextContent, Is.EqualTo(Shown));
        Assert.That(page.One("li.event .written").TextContent, Is.EqualTo($"“{Shown}”"));
        Assert.That(page.One("cite.source").TextContent, Is.EqualTo(Shown));
        Assert.That(page.One("cite.source").GetAttribute("data-outlet"), Is.EqualTo(Shown));
        Assert.That(page.One("span.report").GetAttribute("title"), Is.EqualTo(Shown));
        Assert.That(page.One("span.report .file").TextContent, Is.EqualTo(Shown));
        Assert.That(page.One("svg rect.bar").GetAttribute("data-region"), Is.EqualTo(Shown));
        Assert.That(page.One("svg rect.bar title").TextContent, Is.EqualTo(Shown + ", 2021-01: 1 event"));
        Assert.That(page.One(".legend li").GetAttribute("data-region"), Is.EqualTo(Shown));
        Assert.That(page.One("section.lane").Id, Is.EqualTo("lane-script-alert-x-script-quotes-double-end"));
    }

    [Test]
    public void Regions_whose_names_make_the_same_id_get_lanes_of_their_own()
    {
        var page = TimelinePage.Write([Make("2021-01-03", "North Syria", "a"), Make("2021-01-04", "North-Syria", "b")]);
        Assert.That(page.All("section.lane").Select(lane => lane.Id), Is.EqualTo(new[] { "lane-North-Syria", "lane-North-Syria~2" }));
        Assert.That(page.All(".legend a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "#lane-North-Syria", "#lane-North-Syria~2" }));
    }
}
