using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Validation.Rules;

/// <summary>SPT010 (info): a heading the profile's section table does not know; it was read by its shape.</summary>
public sealed class UnknownHeadingRule : SectionRule
{
    public override IEnumerable<Diagnostic> Check(SectionRead read, ValidationContext context)
    {
        var section = read.Section;
        if (section.Kind != SectionKind.Summary && section.Heading is not null && !context.Profile.Sections.IsKnown(section.Heading))
            yield return Descriptor.At(section.Lines.First, 1, detail: section.Heading);
    }
}
