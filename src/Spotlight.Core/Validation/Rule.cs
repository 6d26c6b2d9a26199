using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>
/// One check of a parsed report. What it reports as (ID, name, default severity, message, help) is its entry in
/// <see cref="DiagnosticRegistry"/>; documented in docs/rules.md under its ID.
/// </summary>
public abstract class Rule
{
    /// <summary>The registry's entry for the findings of this rule.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    public string Name => Descriptor.Name;

    public string Id => Descriptor.Code;

    public abstract IEnumerable<Diagnostic> Check(ValidationContext context);
}
