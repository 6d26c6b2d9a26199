using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>
/// One check of a parsed report, with a stable ID (SPTnnn), a short name, a default severity and a
/// one-line message; documented in docs/rules.md under its ID.
/// </summary>
public abstract class Rule
{
    /// <summary>The ID, default severity and message every finding of this rule carries.</summary>
    public abstract DiagnosticDescriptor Descriptor { get; }

    /// <summary>A kebab-case name, for people and for SARIF ("no-source").</summary>
    public abstract string Name { get; }

    public string Id => Descriptor.Code;

    public abstract IEnumerable<Diagnostic> Check(ValidationContext context);
}
