using System.Collections.Immutable;

namespace Spotlight.Model;

/// <summary>Where a line of the input starts in a node's joined text, so that a mention's offset can name its line.</summary>
public readonly record struct TextLine(int Offset, int Line)
{
    /// <summary>The input line that holds <paramref name="offset"/> of a text with this map.</summary>
    public static int LineAt(ImmutableArray<TextLine> map, int offset)
    {
        int line = map.IsDefaultOrEmpty ? 0 : map[0].Line;
        foreach (var start in map)
        {
            if (start.Offset > offset)
                break;
            line = start.Line;
        }
        return line;
    }
}
