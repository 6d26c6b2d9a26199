using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>SPT023: the same item written twice (text pasted twice); a summary bullet may restate an item, so only sections are compared.</summary>
public sealed class DuplicateItemRule : Rule
{
    public override RuleRun Start(ValidationContext context) => new Run(this);

    /// <summary>The text of each item met (its white space made single spaces), with the item it was first met in.</summary>
    private sealed class Run(DuplicateItemRule rule) : RuleRun
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

        public override IEnumerable<Diagnostic> Node(NodeInSection node)
        {
            if (node.SectionKind == SectionKind.Summary || node.Node is not Item item)
                yield break;
            string key = string.Join(' ', item.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (_seen.TryGetValue(key, out string? first))
                yield return rule.Descriptor.At(item.Lines.First, 1, item.Id, $"same text as {first}");
            else
                _seen[key] = item.Id;
        }
    }
}
