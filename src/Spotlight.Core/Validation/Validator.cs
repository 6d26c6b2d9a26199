using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Validation;

/// <summary>Reports what the parse found and what the rules find in the parsed report, with the severities a
/// configuration sets, findings in line order.</summary>
public static class Validator
{
    public static ImmutableArray<Diagnostic> Validate(TreeWithSource parsed, ValidationConfig config)
    {
        var context = new ValidationContext(parsed.Tree, parsed.Source, parsed.Profile);
        return Validate(context, parsed.Tree.Report.Sections.SelectMany(SectionPart.Of), () => context, config);
    }

    /// <summary>
    /// A report given in parts, each item and figure checked as it is read and then let go: what is held is the
    /// report's text, the item being read, each section's last item and what the rules remember (a heading, an item's
    /// text, a node's lines), not the tree.
    /// </summary>
    public static ImmutableArray<Diagnostic> Validate(IReportParts parts, SourceText source, SeriesProfile profile, ValidationConfig config)
    {
        var header = new ReportTree(parts.Input, parts.Header, new ReportStats(0, 0, 0, 0, 0), []);
        return Validate(new ValidationContext(header, source, profile), parts.Parts,
            () => new ValidationContext(parts.Rest(), source, profile), config);
    }

    /// <param name="start">The report's header: what the rules start from.</param>
    /// <param name="end">The report's end, once the <paramref name="parts"/> have all been given: the parse's findings, footnotes, furniture.</param>
    private static ImmutableArray<Diagnostic> Validate(ValidationContext start, IEnumerable<SectionPart> parts, Func<ValidationContext> end, ValidationConfig config)
    {
        var runs = new List<(RuleRun Run, DiagnosticSeverity Severity, List<Diagnostic> Findings)>();
        foreach (var rule in RuleSet.All)
        {
            if (config.SeverityOf(rule.Descriptor) is { } severity)
                runs.Add((rule.Start(start), severity, []));
        }
        foreach (var check in RuleRun.Checks(parts))
        {
            foreach (var (run, severity, found) in runs)
                found.AddRange(check(run).Select(finding => start.Source.Place(finding with { Severity = severity })));
        }
        var ended = end();
        // The parse's findings are taken as they are, not found again, so that parse and validate name the same
        // line and column for them.
        var findings = new List<Diagnostic>();
        foreach (var finding in ended.Document.Diagnostics)
        {
            if (config.SeverityOf(finding) is { } severity)
                findings.Add(finding with { Severity = severity });
        }
        foreach (var (run, severity, found) in runs)
        {
            findings.AddRange(found);
            findings.AddRange(run.End(ended).Select(finding => ended.Source.Place(finding with { Severity = severity })));
        }
        return [.. findings.OrderBy(f => f.Line ?? 0).ThenBy(f => f.Column ?? 0).ThenBy(f => f.Code, StringComparer.Ordinal)];
    }
}
