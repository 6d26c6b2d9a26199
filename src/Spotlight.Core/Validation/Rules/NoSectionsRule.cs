using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT006: no section heading after the summary.</summary>
public sealed class NoSectionsRule : Rule
{
    public override DiagnosticDescriptor Descriptor => ParseDiagnostics.NoSections;
    public override string Name => "no-sections";

    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        if (context.Report.Sections.All(s => s.Kind == SectionKind.Summary))
            yield return Descriptor.At(context.Report.Sections.FirstOrDefault()?.Lines.First ?? 1, 1);
    }
}
