using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT026: a page number, running header or document-number line stood in the middle of a paragraph. It was
/// set aside and the paragraph joined, but a report checked before publication should not carry it.
/// </summary>
public sealed class FurnitureInParagraphRule : Rule
{
    public override RuleRun Start(ValidationContext context) => new Run(this);

    /// <summary>The first and last line of each item and figure, in the report's order, with its id: the furniture comes at the end.</summary>
    private sealed class Run(FurnitureInParagraphRule rule) : RuleRun
    {
        private readonly List<(int First, int Last, string Id)> _spans = [];

        public override IEnumerable<Diagnostic> Node(NodeInSection node)
        {
            var span = node.Node switch
            {
                Item item => item.SourceLineSpan,
                Figure { SourceLines.IsDefaultOrEmpty: false } figure => (figure.SourceLines.Min(), figure.SourceLines.Max()),
                _ => null,
            };
            if (span is var (first, last))
                _spans.Add((first, last, node.Id));
            return [];
        }

        public override IEnumerable<Diagnostic> End(ValidationContext context)
        {
            var furniture = context.Report.Furniture;
            if (furniture is null)
                yield break;
            var lines = furniture.Value.Where(f => f.Kind is FurnitureKind.RunningHeader or FurnitureKind.PageNumber or FurnitureKind.DocumentNumber)
                .ToList();
            if (lines.Count == 0)
                yield break;
            var spanning = FirstSpanning(_spans, lines.Select(line => line.Lines.First));
            foreach (var line in lines)
            {
                int number = line.Lines.First;
                if (spanning.TryGetValue(number, out string? id))
                    yield return rule.Descriptor.At(number, 1, id, $"“{line.Text.Trim()}” between lines of {id}");
            }
        }
    }

    /// <summary>
    /// For each line, the first node (in the report's order) whose own lines stand on both sides of it. One sweep
    /// down the lines, the nodes entering when their first line is passed and leaving at their last: a report of
    /// many pages and many items costs their sum, not their product.
    /// </summary>
    private static Dictionary<int, string> FirstSpanning(List<(int First, int Last, string Id)> spans, IEnumerable<int> lines)
    {
        var byFirst = Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].First).ToList();
        var byLast = Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].Last).ToList();
        var open = new SortedSet<int>();
        var found = new Dictionary<int, string>();
        int entered = 0, left = 0;
        foreach (int line in lines.Distinct().Order())
        {
            // A node enters once its first line is above this one, unless its last is not below it: then it spans no later line either.
            for (; entered < byFirst.Count && spans[byFirst[entered]].First < line; entered++)
                if (spans[byFirst[entered]].Last > line)
                    open.Add(byFirst[entered]);
            for (; left < byLast.Count && spans[byLast[left]].Last <= line; left++)
                open.Remove(byLast[left]);
            if (open.Count > 0)
                found[line] = spans[open.Min].Id;
        }
        return found;
    }
}
