using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>Reports what the parse found and what the rules find in the parsed report, with the severities a
/// configuration sets, findings in line order.</summary>
public static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(TreeWithSource parsed, ValidationConfig config)
    {
        var findings = new List<Diagnostic>();
        // The parse's findings are taken as they are, not found again, so that parse and validate name the same
        // line and column for them.
        foreach (var finding in parsed.Tree.Diagnostics)
        {
            if (config.SeverityOf(finding) is { } severity)
                findings.Add(finding with { Severity = severity });
        }
        var context = new ValidationContext(parsed.Tree, parsed.Source, parsed.Profile);
        foreach (var rule in RuleSet.All)
        {
            var severity = config.SeverityOf(rule.Descriptor);
            if (severity is null)
                continue;
            findings.AddRange(rule.Check(context).Select(finding => parsed.Source.Place(finding with { Severity = severity.Value })));
        }
        return [.. findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
