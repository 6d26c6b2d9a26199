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
        using var findings = Validate(context, parsed.Tree.Report.Sections.SelectMany(SectionPart.Of), () => context, config);
        return [.. findings];
    }

    /// <inheritdoc cref="ValidateInOrder"/>
    public static ImmutableArray<Diagnostic> Validate(IReportParts parts, SourceText source, SeriesProfile profile, ValidationConfig config)
    {
        using var findings = ValidateInOrder(parts, source, profile, config);
        return [.. findings];
    }

    /// <summary>
    /// A report given in parts, each item and figure checked as it is read and then let go: what is held is the
    /// report's text, the item being read, each section's last item and what the rules remember (a heading, an item's
    /// text, a node's lines), not the tree; and of the findings, a run of them at a time (see <see cref="FindingsInOrder"/>).
    /// </summary>
    public static FindingsInOrder ValidateInOrder(IReportParts parts, SourceText source, SeriesProfile profile, ValidationConfig config)
    {
        var header = new ReportTree(parts.Input, parts.Header, new ReportStats(0, 0, 0, 0, 0), []);
        return Validate(new ValidationContext(header, source, profile), parts.Parts,
            () => new ValidationContext(parts.Rest(), source, profile), config);
    }

    /// <param name="start">The report's header: what the rules start from.</param>
    /// <param name="end">The report's end, once the <paramref name="parts"/> have all been given: the parse's findings, footnotes, furniture.</param>
    private static FindingsInOrder Validate(ValidationContext start, IEnumerable<SectionPart> parts, Func<ValidationContext> end, ValidationConfig config)
    {
        var runs = new List<(RuleRun Run, DiagnosticSeverity Severity)>();
        foreach (var rule in RuleSet.All)
        {
            if (config.SeverityOf(rule.Descriptor) is { } severity)
                runs.Add((rule.Start(start), severity));
        }
        var findings = new FindingsInOrder();
        try
        {
            // Of findings at one place and of one code, the parse's come first (group 0), then each rule's in the rules' order.
            foreach (var check in RuleRun.Checks(parts))
            {
                for (int i = 0; i < runs.Count; i++)
                {
                    foreach (var finding in check(runs[i].Run))
                        findings.Add(start.Source.Place(finding with { Severity = runs[i].Severity }), group: i + 1);
                }
            }
            var ended = end();
            // The parse's findings are taken as they are, not found again, so that parse and validate name the same
            // line and column for them.
            foreach (var finding in ended.Document.Diagnostics)
            {
                if (config.SeverityOf(finding) is { } severity)
                    findings.Add(finding with { Severity = severity }, group: 0);
            }
            for (int i = 0; i < runs.Count; i++)
            {
                foreach (var finding in runs[i].Run.End(ended))
                    findings.Add(ended.Source.Place(finding with { Severity = runs[i].Severity }), group: i + 1);
            }
            return findings;
        }
        catch
        {
            findings.Dispose();
            throw;
        }
    }
}
