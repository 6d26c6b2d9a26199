using System.Collections.Immutable;
using System.Globalization;
using Spotlight.Model;
using Spotlight.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>Timeline events made by hand, as the timeline's extraction would give them.</summary>
internal static class HandMadeEvents
{
    public static readonly TimelineReport ReportA = new("reports/2021-11a.txt", "Spotlight on Iran", new DateOnly(2021, 11, 1), new DateOnly(2021, 11, 15), "syria-1");

    /// <param name="date">An ISO value: 2021-11-10 (day), 2021-W44 (week), 2021-11 (month) or 2021 (year).</param>
    public static TimelineEvent Make(string date, string? region, string text, DateModifier? modifier = null, string kind = "item",
        ImmutableArray<TimelineSource>? sources = null, ImmutableArray<TimelineReport>? reports = null, string? dateText = null)
    {
        var (granularity, start, end) = Span(date);
        return new TimelineEvent(date, granularity, modifier, start, end, dateText ?? date, region, "sec-" + (region ?? "none"), region,
            kind, text, sources ?? [], reports ?? [ReportA]);
    }

    private static (DateGranularity, DateOnly, DateOnly) Span(string date)
    {
        if (date.Contains("-W", StringComparison.Ordinal))
        {
            int year = int.Parse(date[..4], CultureInfo.InvariantCulture), week = int.Parse(date[6..], CultureInfo.InvariantCulture);
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (DateGranularity.Week, monday, monday.AddDays(6));
        }
        switch (date.Length)
        {
            case 4:
                int y = int.Parse(date, CultureInfo.InvariantCulture);
                return (DateGranularity.Year, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            case 7:
                var first = DateOnly.ParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return (DateGranularity.Month, first, first.AddMonths(1).AddDays(-1));
            default:
                var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return (DateGranularity.Day, day, day);
        }
    }
}
