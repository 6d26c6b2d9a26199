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
        var lines = furniture.Value.Where(f => f.Kind is FurnitureKind.RunningHeader or FurnitureKind.PageNumber or FurnitureKind.DocumentNumber)
            .ToList();
        if (lines.Count == 0)
            yield break;
        var spanning = FirstSpanning(context.Nodes().ToList(), lines.Select(line => line.Lines.First));
        foreach (var line in lines)
        {
            int number = line.Lines.First;
            if (spanning.TryGetValue(number, out var node))
                yield return Descriptor.At(number, 1, node.Id, $"“{line.Text.Trim()}” between lines of {node.Id}");
        }
    }

    /// <summary>
    /// For each line, the first node (in the report's order) whose own lines stand on both sides of it. One sweep
    /// down the lines, the nodes entering when their first line is passed and leaving at their last: a report of
    /// many pages and many items costs their sum, not their product.
    /// </summary>
    private static Dictionary<int, NodeInSection> FirstSpanning(List<NodeInSection> nodes, IEnumerable<int> lines)
    {
        var spans = new List<(int Index, int First, int Last)>();
        for (int i = 0; i < nodes.Count; i++)
        {
            var own = nodes[i].Node switch { Item item => item.SourceLines, Figure figure => figure.SourceLines, _ => [] };
            if (!own.IsDefaultOrEmpty)
                spans.Add((i, own.Min(), own.Max()));
        }
        var byFirst = spans.OrderBy(s => s.First).ToList();
        var byLast = spans.OrderBy(s => s.Last).ToList();
        var open = new SortedSet<int>();
        var found = new Dictionary<int, NodeInSection>();
        int entered = 0, left = 0;
        foreach (int line in lines.Distinct().Order())
        {
            // A node enters once its first line is above this one, unless its last is not below it: then it spans no later line either.
            for (; entered < byFirst.Count && byFirst[entered].First < line; entered++)
                if (byFirst[entered].Last > line)
                    open.Add(byFirst[entered].Index);
            for (; left < byLast.Count && byLast[left].Last <= line; left++)
                open.Remove(byLast[left].Index);
            if (open.Count > 0)
                found[line] = nodes[open.Min];
        }
        return found;
    }
}
