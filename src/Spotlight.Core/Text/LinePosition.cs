namespace Spotlight.Text;

/// <summary>
/// A place in the normalised source as the tree and the findings name it: a 1-based line and a 1-based column
/// counted in UTF-16 code units. <c>default</c> (0, 0) stands for no place, as for a node read back from a tree.
/// </summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
