using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT005: no summary block before the first section.</summary>
public sealed class NoSummaryRule : Rule
{
    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.NoSummary;
    public override string Name => "no-summary";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var sections = context.Report.Sections;
        if (sections.All(s => s.Kind != SectionKind.Summary))
            yield return Descriptor.At(sections.Length > 0 ? sections[0].Lines.First : 1, 1);
    }
}
