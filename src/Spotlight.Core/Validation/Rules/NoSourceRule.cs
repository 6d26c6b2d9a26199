using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT008: an item of a section cites no source. Summary items restate the sections and are not held to it.</summary>
public sealed class NoSourceRule : NodeRule
{
    public override IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context)
    {
        if (!node.IsFigure && node.SectionKind != SectionKind.Summary && node.Sources.Count == 0)
            yield return Descriptor.At(node.Lines.First, 1, node.Id);
    }
}
