using Spotlight.Diagnostics;

namespace Spotlight.Validation;

/// <summary>A rule that looks at each item and figure alone.</summary>
public abstract class NodeRule : Rule
{
    public abstract IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context);

    public sealed override RuleRun Start(ValidationContext context) => new Run(this, context);

    private sealed class Run(NodeRule rule, ValidationContext context) : RuleRun
    {
        public override IEnumerable<Diagnostic> Node(NodeInSection node) => rule.Check(node, context);
    }
}
