using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT003: the period ends before it starts.</summary>
public sealed class PeriodReversedRule : Rule
{
    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.PeriodEndsBeforeStart;
    public override string Name => "period-reversed";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Report.Period is { } period && period.End < period.Start)
            yield return Descriptor.At(period.Line, period.Column, detail: period.Text);
    }
}
