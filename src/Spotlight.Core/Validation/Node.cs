using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>An item or a figure, seen alike by the rules, with the section it stands in.</summary>
/// <param name="Item">The item itself, or null for a figure.</param>
public sealed record Node(Section Section, string Id, string Text, LineRange Lines,
    IReadOnlyList<SourceMention> Sources, Func<int, int> LineAt, Item? Item)
{
    public bool IsFigure => Item is null;
}
