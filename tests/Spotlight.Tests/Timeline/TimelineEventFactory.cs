using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Timeline;

namespace Spotlight.Tests.Timeline;

/// <summary>Events made by hand, for the sort and the merge of repeated events.</summary>
internal static class TimelineEventFactory
{
    public static readonly DateOnly November1 = new(2021, 11, 1);

    /// <summary>A day event told by one report whose period starts on <paramref name="periodStart"/> and lasts a week.</summary>
    public static TimelineEvent Day(string date, string file, string id, string text, DateOnly? periodStart = null, params TimelineSource[] sources)
    {
        var day = DateOnly.Parse(date);
        var start = periodStart ?? November1;
        return new TimelineEvent(date, DateGranularity.Day, null, day, day, date, "Syria", "syria", "Iranian Involvement in Syria", "item", text,
            [.. sources], [new TimelineReport(file, "Spotlight on Iran", start, start.AddDays(6), id)]);
    }

    public static TimelineSource Outlet(string name, string? outlet) => new(name, outlet, SourceKind.Citation, null, null);

    /// <summary>Entries in the order given: each event's report is named by its file, numbered as first seen.</summary>
    public static List<TimelineEntry> Entries(params TimelineEvent[] events)
    {
        var reports = new List<string>();
        var sequence = new Dictionary<string, int>();
        var entries = new List<TimelineEntry>();
        foreach (var e in events)
        {
            string file = e.Reports[0].File;
            if (!reports.Contains(file))
                reports.Add(file);
            sequence[file] = sequence.GetValueOrDefault(file) + 1;
            entries.Add(TimelineEntry.Of(e, reports.IndexOf(file), sequence[file]));
        }
        return entries;
    }

    public static List<TimelineEvent> Merged(params TimelineEvent[] events)
    {
        var entries = Entries(events);
        entries.Sort(TimelineOrder.Instance);
        return [.. RepeatedEvents.Merge(entries).Select(entry => entry.Event)];
    }

    public static string Told(TimelineEvent e) => string.Join(" ", e.Reports.Select(r => $"{r.File}#{r.Id}"));
}
