using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT007: the period lasts more than 31 days; reports of the series cover a week or two.</summary>
public sealed class PeriodTooLongRule : ReportRule
{
    public const int MaxDays = 31;

    public override IEnumerable<Diagnostic> CheckReport(ValidationContext context)
    {
        if (context.Report.Period is { } period && period.End.DayNumber - period.Start.DayNumber + 1 > MaxDays)
        {
            int days = period.End.DayNumber - period.Start.DayNumber + 1;
            yield return Descriptor.At(period.Line, period.Column, detail: $"{period.Text} is {days} days");
        }
    }
}
