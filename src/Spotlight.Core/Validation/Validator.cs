using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>Runs the rules over a parsed report, with the severities a configuration sets, findings in line order.</summary>
public static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(ParsedReport parsed, ValidationConfig config)
    {
        var context = new ValidationContext(parsed.Document, parsed.Source);
        var findings = new List<Diagnostic>();
        foreach (var rule in RuleSet.All)
        {
            if (config.SeverityOf(rule) is not { } severity)
                continue;
            findings.AddRange(rule.Check(context).Select(finding => finding with { Severity = severity }));
        }
        return [.. findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
