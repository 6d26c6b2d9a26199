using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT026: a page number, running header or document-number line stood in the middle of a paragraph. It was
/// set aside and the paragraph joined, but a report checked before publication should not carry it.
/// </summary>
public sealed class FurnitureInParagraphRule : Rule
{
    public override IEnumerable<Diagnostic> Check(ValidationContext context)
    {
        var furniture = context.Report.Furniture;
        if (furniture is null)
            yield break;
        foreach (var line in furniture.Value.Where(f => f.Kind is FurnitureKind.RunningHeader or FurnitureKind.PageNumber or FurnitureKind.DocumentNumber))
        {
            int number = line.Lines.First;
            var node = context.Nodes().FirstOrDefault(n => Spans(n.Node, number));
            if (node is not null)
                yield return Descriptor.At(number, 1, node.Id, $"“{line.Text.Trim()}” between lines of {node.Id}");
        }
    }

    /// <summary>Whether the node's own lines stand on both sides of <paramref name="line"/>.</summary>
    private static bool Spans(IReportNode node, int line)
    {
        var lines = node switch { Item item => item.SourceLines, Figure figure => figure.SourceLines, _ => [] };
        return lines.Any(l => l < line) && lines.Any(l => l > line);
    }
}
