using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT009: a section with no items.</summary>
public sealed class EmptySectionRule : SectionRule
{
    public override IEnumerable<Diagnostic> Check(Section section, ValidationContext context)
    {
        if (section.Items.IsEmpty)
            yield return Descriptor.At(section.Lines.First, 1, detail: section.Heading ?? section.Id);
    }
}
