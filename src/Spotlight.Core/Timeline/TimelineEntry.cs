namespace Spotlight.Timeline;

/// <summary>An event on its way to the timeline, with what places it among events of the same date.</summary>
/// <param name="Report">The report's place in the reading order: a report read later has a larger number.</param>
/// <param name="Sequence">The event's place among the events of its report (nodes in report order, then dates as written).</param>
/// <param name="TextKey">The event's text as repeated events are compared (<see cref="TimelineText.Key"/>).</param>
public readonly record struct TimelineEntry(TimelineEvent Event, int Report, int Sequence, UInt128 TextKey)
{
    public static TimelineEntry Of(TimelineEvent timelineEvent, int report, int sequence) =>
        new(timelineEvent, report, sequence, TimelineText.Key(timelineEvent.Text));

    /// <summary>Where the text waits once the entry has been written to a run, or null while <see cref="Event"/> holds it.</summary>
    internal StoredText? Stored { get; init; }
}

/// <summary>The place of a text in the file of texts of a spilled timeline: its UTF-8 bytes.</summary>
internal readonly record struct StoredText(long Offset, int Bytes);

/// <summary>
/// The order of a timeline: by the first day, then granularity (a day before the week, month and year that begin with
/// it), then the order the reports were read, then the order within the report. No two entries of a run compare equal,
/// so any sort gives the same order.
/// </summary>
public sealed class TimelineOrder : IComparer<TimelineEntry>
{
    public static TimelineOrder Instance { get; } = new();

    public int Compare(TimelineEntry x, TimelineEntry y)
    {
        int order = x.Event.Start.CompareTo(y.Event.Start);
        if (order == 0) order = x.Event.Granularity.CompareTo(y.Event.Granularity);
        if (order == 0) order = x.Report.CompareTo(y.Report);
        if (order == 0) order = x.Sequence.CompareTo(y.Sequence);
        return order;
    }

    /// <summary>Whether two entries are of the same date value: the same first day at the same granularity.</summary>
    public static bool SameDate(TimelineEntry x, TimelineEntry y) =>
        x.Event.Start == y.Event.Start && x.Event.Granularity == y.Event.Granularity;
}
