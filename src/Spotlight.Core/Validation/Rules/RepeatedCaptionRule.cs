using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT027: a caption written more than twice. A web copy writes a caption twice (the image's alternative text,
/// then the caption), which is read as one figure; more copies than that are an editing slip.
/// </summary>
public sealed class RepeatedCaptionRule : NodeRule
{
    public override IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context)
    {
        if (node.Node is Figure { Copies: > 2 } figure)
            yield return Descriptor.At(figure.Lines.First, 1, figure.Id, $"{figure.Copies} copies, read as one figure");
    }
}
