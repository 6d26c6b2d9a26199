using Spotlight.Diagnostics;
using System.Globalization;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT016: a source cited with a date after the period's end, or more than a year before its start.</summary>
public sealed class DateOutsidePeriodRule : NodeRule
{
    public const int MaxDaysBefore = 365;

    public override IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context)
    {
        var period = context.Report.Period;
        if (period is null)
            yield break;
        var (start, end) = period.Start <= period.End ? (period.Start, period.End) : (period.End, period.Start);
        foreach (var source in node.Sources)
        {
            if (source.Date is null)
                continue;
            bool parsed = DateOnly.TryParseExact(source.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
            if (!parsed)
                continue;
            string? problem = date > end ? $"{source.Date} is after the period's end, {end:yyyy-MM-dd}"
                : start.DayNumber - date.DayNumber > MaxDaysBefore ? $"{source.Date} is more than a year before the period's start, {start:yyyy-MM-dd}"
                : null;
            if (problem is null)
                continue;
            var (line, column) = context.Locate(node, source.Start);
            yield return Descriptor.At(line, column, node.Id, problem);
        }
    }
}
