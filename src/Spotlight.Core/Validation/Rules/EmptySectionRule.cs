using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT009: a section with no items.</summary>
public sealed class EmptySectionRule : SectionRule
{
    public override IEnumerable<Diagnostic> Check(SectionRead read, ValidationContext context)
    {
        if (read.Items == 0 && read.Section is var section)
            yield return Descriptor.At(section.Lines.First, 1, detail: section.Heading ?? section.Id);
    }
}
