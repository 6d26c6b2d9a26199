using System.Collections.Immutable;
using System.Text;

namespace Spotlight.Timeline;

/// <summary>
/// Shows an event told by several reports once. Two events of the same date value are the same event when their texts
/// are the same (runs of white space read as one space), or when they cite a source in common (the same outlet, or the
/// same name where the outlet is unknown, case aside) and their reports' periods overlap. Events of one report are
/// never merged: a report that tells a thing twice tells two things. An event joins the first event before it that
/// it repeats; the merged event is that first one's, naming every report that tells it in reading order.
/// </summary>
public static class RepeatedEvents
{
    /// <param name="sorted">Entries in <see cref="TimelineOrder"/>: the events of one date value are neighbours.</param>
    public static IEnumerable<TimelineEvent> Merge(IEnumerable<TimelineEntry> sorted)
    {
        var run = new DateRun();
        foreach (var entry in sorted)
        {
            if (run.Date is { } date && !TimelineOrder.SameDate(date, entry))
            {
                foreach (var merged in run.Flush())
                    yield return merged;
            }
            run.Add(entry);
        }
        foreach (var merged in run.Flush())
            yield return merged;
    }

    /// <summary>
    /// The events of one date value, gathered into groups of the same event. Each text and each source is indexed to the
    /// groups that hold it, each group once, so that an event is compared with the groups it may repeat and no others.
    /// </summary>
    private sealed class DateRun
    {
        private readonly List<Group> _groups = [];
        private readonly Dictionary<string, List<Group>> _byText = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Group>> _bySource = new(StringComparer.OrdinalIgnoreCase);

        public TimelineEntry? Date { get; private set; }

        public void Add(TimelineEntry entry)
        {
            Date ??= entry;
            var told = entry.Event.Reports[0];
            DateRange? period = told.PeriodStart is { } start && told.PeriodEnd is { } end
                ? (start <= end ? new DateRange(start, end) : new DateRange(end, start))
                : null;
            string text = Normalised(entry.Event.Text);
            var keys = entry.Event.Sources.Select(SourceKey).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

            var group = Repeated(entry.Report, text, keys, period);
            if (group is null)
            {
                group = new Group(_groups.Count, entry.Event);
                _groups.Add(group);
            }
            else
            {
                group.Reports.AddRange(entry.Event.Reports);
            }
            group.LastReport = entry.Report;
            if (group.Texts.Add(text))
                Index(_byText, text, group);
            if (period is not { } days)
                return;
            foreach (string key in keys)
            {
                if (!group.Periods.TryGetValue(key, out var periods))
                {
                    group.Periods[key] = periods = [];
                    Index(_bySource, key, group);
                }
                Join(periods, days);
            }
        }

        /// <summary>The earliest group this event repeats, of another report than its own.</summary>
        private Group? Repeated(int report, string text, List<string> keys, DateRange? period)
        {
            Group? first = null;
            if (_byText.TryGetValue(text, out var sameText))
                first = sameText.FirstOrDefault(group => group.LastReport != report);
            if (period is not { } days)
                return first;
            foreach (string key in keys)
            {
                if (!_bySource.TryGetValue(key, out var citing))
                    continue;
                foreach (var group in citing)
                {
                    if ((first is null || group.Order < first.Order) && group.LastReport != report
                        && group.Periods[key].Exists(other => other.Overlaps(days)))
                        first = group;
                }
            }
            return first;
        }

        private static void Index(Dictionary<string, List<Group>> index, string key, Group group)
        {
            if (!index.TryGetValue(key, out var list))
                index[key] = list = [];
            list.Add(group);
        }

        /// <summary>Adds days to a union of ranges kept apart: a range overlapping others is joined with them.</summary>
        private static void Join(List<DateRange> ranges, DateRange days)
        {
            for (int i = ranges.Count - 1; i >= 0; i--)
            {
                if (!ranges[i].Overlaps(days))
                    continue;
                days = new DateRange(Min(days.Start, ranges[i].Start), Max(days.End, ranges[i].End));
                ranges.RemoveAt(i);
            }
            ranges.Add(days);
        }

        private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

        private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

        public List<TimelineEvent> Flush()
        {
            var events = _groups.Select(group => group.Reports.Count == group.First.Reports.Length
                ? group.First
                : group.First with { Reports = [.. group.Reports] }).ToList();
            _groups.Clear();
            _byText.Clear();
            _bySource.Clear();
            Date = null;
            return events;
        }
    }

    /// <summary>
    /// One event and the reports that tell it, in reading order (so the last is the latest); the texts its reports
    /// give, and for each source they cite the days of their periods.
    /// </summary>
    private sealed class Group(int order, TimelineEvent first)
    {
        public int Order { get; } = order;
        public TimelineEvent First { get; } = first;
        public List<TimelineReport> Reports { get; } = [.. first.Reports];
        public int LastReport { get; set; } = -1;
        public HashSet<string> Texts { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<DateRange>> Periods { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A source as two mentions of it are compared: its outlet, or its name where the outlet is unknown.</summary>
    private static string SourceKey(TimelineSource source) => source.Outlet is { } outlet ? "outlet:" + outlet : "name:" + source.Name;

    /// <summary>The text with every run of white space read as one space, and none at either end.</summary>
    public static string Normalised(string text)
    {
        if (IsNormal(text))
            return text;
        var builder = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    // Most texts are already so: their one copy is kept rather than another made.
    private static bool IsNormal(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            return false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1])))
                return false;
        }
        return true;
    }
}
