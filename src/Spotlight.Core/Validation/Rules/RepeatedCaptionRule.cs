using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT027: a caption written more than twice. A web copy writes a caption twice (the image's alternative text,
/// then the caption), which is read as one figure; more copies than that are an editing slip.
/// </summary>
public sealed class RepeatedCaptionRule : SectionRule
{
    public override IEnumerable<Diagnostic> Check(Section section, ValidationContext context) =>
        section.Figures
            .Where(figure => figure.Copies > 2)
            .Select(figure => Descriptor.At(figure.Lines.First, 1, figure.Id, $"{figure.Copies} copies, read as one figure"));
}
