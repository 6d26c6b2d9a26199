using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT008: an item of a section cites no source. Summary items restate the sections and are not held to it.</summary>
public sealed class NoSourceRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context) =>
        from node in context.Nodes()
        where !node.IsFigure && node.Section.Kind != SectionKind.Summary && node.Sources.Count == 0
        select Descriptor.At(node.Lines.First, 1, node.Id);
}
