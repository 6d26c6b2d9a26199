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

    /// <summary>The whole report at once: each section's items, then its figures, then the section, then the end.</summary>
    public IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var run = Start(context);
        foreach (var check in RuleRun.Checks(context.Report.Sections.SelectMany(SectionPart.Of)))
        {
            foreach (var finding in check(run))
                yield return finding;
        }
        foreach (var finding in run.End(context))
            yield return finding;
    }

    /// <summary>
    /// A check of one report whose items, figures and sections are given as they are read (<see cref="RuleRun"/>);
    /// what the rule remembers from one to the next is the run's, so that reports checked side by side share nothing.
    /// </summary>
    /// <param name="context">The report's header, its text and profile; its sections are given to the run, not here.</param>
    public abstract RuleRun Start(ValidationContext context);

    /// <summary>Gives the rule its entry, once: what its row in <see cref="RuleSet.All"/> declares.</summary>
    internal Rule Describe(DiagnosticDescriptor descriptor)
    {
        if (_descriptor is not null)
            throw new InvalidOperationException($"{GetType().Name} has two rows in RuleSet.All");
        _descriptor = descriptor;
        return this;
    }
}
