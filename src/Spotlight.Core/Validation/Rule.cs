using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>
/// One check of a parsed report. What it reports as (ID, name, default severity, message, help) is declared on its
/// row in <see cref="RuleSet.All"/>; documented in docs/rules.md under its ID.
/// </summary>
public abstract class Rule
{
    private DiagnosticDescriptor? _descriptor;

    /// <summary>The entry for the findings of this rule, given by its row in <see cref="RuleSet.All"/>.</summary>
    public DiagnosticDescriptor Descriptor =>
        _descriptor ?? throw new InvalidOperationException($"{GetType().Name} has no row in RuleSet.All");

    public string Name => Descriptor.Name;

    public string Id => Descriptor.Code;

    public abstract IEnumerable<Diagnostic> Check(ValidationContext context);

    /// <summary>Gives the rule its entry, once: what its row in <see cref="RuleSet.All"/> declares.</summary>
    internal Rule Describe(DiagnosticDescriptor descriptor)
    {
        if (_descriptor is not null)
            throw new InvalidOperationException($"{GetType().Name} has two rows in RuleSet.All");
        _descriptor = descriptor;
        return this;
    }
}
