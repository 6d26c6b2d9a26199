using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>A rule that looks at each section alone.</summary>
public abstract class SectionRule : Rule
{
    public abstract IEnumerable<Diagnostic> Check(Section section, ValidationContext context);

    public sealed override RuleRun Start(ValidationContext context) => new Run(this, context);

    private sealed class Run(SectionRule rule, ValidationContext context) : RuleRun
    {
        public override IEnumerable<Diagnostic> Section(Section section) => rule.Check(section, context);
    }
}
