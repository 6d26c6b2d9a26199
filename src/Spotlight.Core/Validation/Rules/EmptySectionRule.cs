using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT009: a section with no items.</summary>
public sealed class EmptySectionRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context) =>
        from section in context.Report.Sections
        where section.Items.IsEmpty
        select Descriptor.At(section.Lines.First, 1, detail: section.Heading ?? section.Id);
}
