using System.Collections.Immutable;

namespace Spotlight.Timeline;

/// <summary>
/// Shows an event told by several reports once. Two events of the same date value are the same event when their texts
/// are the same (runs of white space read as one space: their <see cref="TimelineEntry.TextKey"/>), or when they cite a source in common (the same outlet, or the
/// same name where the outlet is unknown, case aside) and their reports' periods overlap. Events of one report are
/// never merged: a report that tells a thing twice tells two things. An event joins the first event before it that
/// it repeats; the merged event is that first one's, naming every report that tells it in reading order.
/// </summary>
public static class RepeatedEvents
{
    /// <param name="sorted">Entries in <see cref="TimelineOrder"/>: the events of one date value are neighbours.</param>
    /// <returns>The first entry of each event, naming every report that tells it.</returns>
    public static IEnumerable<TimelineEntry> Merge(IEnumerable<TimelineEntry> sorted)
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
        private readonly Dictionary<UInt128, List<Group>> _byText = [];
        private readonly Dictionary<SourceKey, List<Group>> _bySource = new(SourceKey.Comparer);
        // The sources of the event being added, each once; kept from one event to the next, not made for each.
        private readonly List<SourceKey> _keys = [];

        public TimelineEntry? Date { get; private set; }

        public void Add(TimelineEntry entry)
        {
            Date ??= entry;
            var told = entry.Event.Reports[0];
            DateRange? period = told.PeriodStart is { } start && told.PeriodEnd is { } end
                ? (start <= end ? new DateRange(start, end) : new DateRange(end, start))
                : null;
            var text = entry.TextKey;
            var keys = _keys;
            keys.Clear();
            foreach (var source in entry.Event.Sources)
            {
                var key = SourceKey.Of(source);
                bool seen = false;
                foreach (var other in keys)
                    seen |= SourceKey.Comparer.Equals(other, key);
                if (!seen)
                    keys.Add(key);
            }

            var group = Repeated(entry.Report, text, keys, period);
            if (group is null)
            {
                group = new Group(_groups.Count, entry);
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
            foreach (var key in keys)
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
        private Group? Repeated(int report, UInt128 text, List<SourceKey> keys, DateRange? period)
        {
            Group? first = null;
            if (_byText.TryGetValue(text, out var sameText))
                first = sameText.FirstOrDefault(group => group.LastReport != report);
            if (period is not { } days)
                return first;
            foreach (var key in keys)
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

        private static void Index<TKey>(Dictionary<TKey, List<Group>> index, TKey key, Group group) where TKey : notnull
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

        public List<TimelineEntry> Flush()
        {
            var events = _groups.Select(group => group.Reports.Count == group.First.Event.Reports.Length
                ? group.First
                : group.First with { Event = group.First.Event with { Reports = [.. group.Reports] } }).ToList();
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
    private sealed class Group(int order, TimelineEntry first)
    {
        public int Order { get; } = order;
        public TimelineEntry First { get; } = first;
        public List<TimelineReport> Reports { get; } = [.. first.Event.Reports];
        public int LastReport { get; set; } = -1;
        public HashSet<UInt128> Texts { get; } = [];
        public Dictionary<SourceKey, List<DateRange>> Periods { get; } = new(SourceKey.Comparer);
    }

    /// <summary>A source as two mentions of it are compared, case aside: its outlet, or its name where the outlet is unknown.</summary>
    private readonly record struct SourceKey(bool IsOutlet, string Name)
    {
        public static SourceKey Of(TimelineSource source) => source.Outlet is { } outlet ? new(true, outlet) : new(false, source.Name);

        public static IEqualityComparer<SourceKey> Comparer { get; } = new CaseAside();

        private sealed class CaseAside : IEqualityComparer<SourceKey>
        {
            public bool Equals(SourceKey x, SourceKey y) => x.IsOutlet == y.IsOutlet && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode(SourceKey key) => HashCode.Combine(key.IsOutlet, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name));
        }
    }
}
