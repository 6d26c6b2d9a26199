using Spotlight.Diagnostics;

namespace Spotlight.Validation;

/// <summary>A rule that looks at the report as a whole (its header, its text), not at its sections.</summary>
public abstract class ReportRule : Rule
{
    public abstract IEnumerable<Diagnostic> CheckReport(ValidationContext context);

    public sealed override RuleRun Start(ValidationContext context) => new Run(this);

    private sealed class Run(ReportRule rule) : RuleRun
    {
        public override IEnumerable<Diagnostic> End(ValidationContext context) => rule.CheckReport(context);
    }
}
