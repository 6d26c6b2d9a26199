using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Timeline;

/// <summary>The dated events of one report: for each item and figure, one event per distinct date value it mentions.</summary>
public static class TimelineEvents
{
    /// <summary>
    /// The events the filter keeps, node by node in the order of the report (its sections in turn, each section's items
    /// and figures by their first line), each node's dates in the order first written. A value named twice in a node
    /// ("November 10" in the text and in its citation) is one event, told as first written; a value that names no day
    /// of the calendar has no place in a timeline and gives none.
    /// </summary>
    public static List<TimelineEvent> Of(ReportTree tree, TimelineFilter filter) => [.. Entries(tree, filter, 0).Select(entry => entry.Event)];

    /// <summary>
    /// The same events as entries of the report read <paramref name="report"/>th, numbered in that order, each with
    /// the key of its text (made once for the events of a node, which share it).
    /// </summary>
    public static List<TimelineEntry> Entries(ReportTree tree, TimelineFilter filter, int report)
    {
        var told = tree.Report;
        var events = new List<TimelineEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in told.Sections)
        {
            if (!filter.KeepsSection(section))
                continue;
            // Items before figures on the same line, as the report's HTML page shows them.
            foreach (var node in section.Nodes.OrderBy(node => node.Lines.First).ThenBy(node => node is Figure ? 1 : 0))
            {
                if (node.Dates.IsEmpty)
                    continue;
                var sources = Sources(node);
                if (!filter.KeepsSources(sources))
                    continue;
                ImmutableArray<TimelineReport> reports = [new(tree.Input.Path, told.Series, told.Period?.Start, told.Period?.End, node.Id)];
                UInt128? key = null;
                string kind = node is Figure ? "figure" : "item";
                seen.Clear();
                foreach (var date in node.Dates)
                {
                    if (!seen.Add(date.Value) || DateRange.Of(date.Value, date.Granularity) is not { } days || !filter.KeepsDays(days))
                        continue;
                    var timelineEvent = new TimelineEvent(date.Value, date.Granularity, date.Modifier, days.Start, days.End, date.Text,
                        section.Region, section.Id, section.Heading, kind, node.Text, sources, reports);
                    key ??= TimelineText.Key(node.Text);
                    events.Add(new TimelineEntry(timelineEvent, report, events.Count, key.Value));
                }
            }
        }
        return events;
    }

    private static ImmutableArray<TimelineSource> Sources(IReportNode node)
    {
        if (node.Sources.IsEmpty)
            return [];
        var sources = ImmutableArray.CreateBuilder<TimelineSource>(node.Sources.Length);
        foreach (var source in node.Sources)
            sources.Add(new TimelineSource(source.Name, source.Outlet, source.Kind, source.Platform, source.Date));
        return sources.MoveToImmutable();
    }
}
