using Spotlight.Diagnostics;

namespace Spotlight.Validation;

/// <summary>A rule that looks at each section once it is read: its heading, its count of items, its last item.</summary>
public abstract class SectionRule : Rule
{
    public abstract IEnumerable<Diagnostic> Check(SectionRead section, ValidationContext context);

    public sealed override RuleRun Start(ValidationContext context) => new Run(this, context);

    private sealed class Run(SectionRule rule, ValidationContext context) : RuleRun
    {
        public override IEnumerable<Diagnostic> Section(SectionRead section) => rule.Check(section, context);
    }
}
