using Spotlight.Diagnostics;
using System.Text.RegularExpressions;
using Spotlight.Model;

namespace Spotlight.Validation.Rules;

/// <summary>
/// SPT014: text that looks like a page break left unrepaired: an item opening in lower case, or a word
/// split by a hyphen and a space ("reconstruc- tion").
/// </summary>
public sealed partial class PageBreakLeftRule : NodeRule
{
    [GeneratedRegex(@"\p{Ll}{2}- \p{Ll}{2}")]
    private static partial Regex SplitWord();

    public override IEnumerable<Diagnostic> Check(NodeInSection node, ValidationContext context)
    {
        if (node.IsFigure)
            yield break;
        if (node.Text.Length > 0 && char.IsLower(node.Text[0]))
            yield return Descriptor.At(node.Lines.First, 1, node.Id, "item opens in lower case");
        var split = SplitWord().Match(node.Text);
        if (split.Success)
        {
            var (line, column) = context.Locate(node, split.Index);
            yield return Descriptor.At(line, column, node.Id, $"'{split.Value}'");
        }
    }
}
