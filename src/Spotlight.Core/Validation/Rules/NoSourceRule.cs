using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT008: an item of a section cites no source. Summary items restate the sections and are not held to it.</summary>
public sealed class NoSourceRule : SectionRule
{
    public override IEnumerable<Diagnostic> Check(Section section, ValidationContext context) =>
        from node in ValidationContext.NodesOf(section)
        where !node.IsFigure && node.Section.Kind != SectionKind.Summary && node.Sources.Count == 0
        select Descriptor.At(node.Lines.First, 1, node.Id);
}
