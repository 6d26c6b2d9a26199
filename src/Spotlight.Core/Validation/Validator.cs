using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>Runs the rules over a parsed report, with the severities a configuration sets, findings in line order,
/// and adds what reading the input found.</summary>
public static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(ParsedReport parsed, ValidationConfig config)
    {
        var context = new ValidationContext(parsed.Document, parsed.Source, parsed.Profile);
        var findings = new List<Diagnostic>();
        foreach (var rule in RuleSet.All)
        {
            if (config.SeverityOf(rule) is not { } severity)
                continue;
            findings.AddRange(rule.Check(context).Select(finding => finding with { Severity = severity }));
        }
        // What reading the bytes found (Windows-1252 guessed, HTML nesting capped) is no rule of the text, but a
        // report checked before publishing should hear of it; damage a rule sees in the text is left to the rule.
        findings.AddRange(parsed.Source.Diagnostics.Where(d => !RuleSet.TryGet(d.Code, out _)));
        return [.. findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
