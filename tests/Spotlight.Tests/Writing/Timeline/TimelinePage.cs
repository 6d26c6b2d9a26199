using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>A timeline page written from events, its text and its parsed document; the parse must find no error.</summary>
internal sealed record TimelinePage(string Html, IDocument Document)
{
    public static TimelinePage Write(IEnumerable<TimelineEvent> events, ITimelineWriter? writer = null) => Parse(Text(events, writer));

    public static string Text(IEnumerable<TimelineEvent> events, ITimelineWriter? writer = null)
    {
        using var stream = new MemoryStream();
        using (var output = (writer ?? new HtmlTimelineWriter()).Open(stream))
            foreach (var e in events)
                output.Write(e);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static TimelinePage Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) =>
        {
            var error = (HtmlErrorEvent)e;
            errors.Add($"{error.Position.Line}:{error.Position.Column}: {error.Message}");
        };
        var document = parser.ParseDocument(html);
        Assert.That(errors, Is.Empty, "the page parses without an error");
        return new TimelinePage(html, document);
    }

    public IHtmlCollection<IElement> All(string selector) => Document.QuerySelectorAll(selector);

    public IElement One(string selector) =>
        Document.QuerySelector(selector) ?? throw new AssertionException($"no element matches {selector}");

    /// <summary>The lanes' regions, in the page's order ("" for the lane of no region).</summary>
    public List<string?> Lanes => [.. All("section.lane").Select(lane => lane.GetAttribute("data-region"))];

    /// <summary>The texts of a lane's events, in the page's order.</summary>
    public List<string> EventTexts(string region) =>
        [.. All("section.lane").Single(lane => lane.GetAttribute("data-region") == region).QuerySelectorAll("li.event > p.text").Select(p => p.TextContent)];

    /// <summary>The chart's bars as (region, month) → count, read from their attributes.</summary>
    public Dictionary<(string Region, string Month), int> Bars =>
        All("svg rect.bar").ToDictionary(bar => (bar.GetAttribute("data-region")!, bar.GetAttribute("data-month")!), bar => int.Parse(bar.GetAttribute("data-count")!));

    /// <summary>The places on the chart's x axis and the events in each.</summary>
    public List<(string Month, int Total)> Periods =>
        [.. All("svg g.period").Select(g => (g.GetAttribute("data-month")!, int.Parse(g.GetAttribute("data-total")!)))];
}
