using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Validation;

/// <summary>What rules look at: the parsed tree, the normalised text it came from and the profile it was read with.</summary>
public sealed class ValidationContext(ReportTree document, SourceText source, SeriesProfile profile)
{
    /// <summary>The series' vocabulary: its arenas, month names.</summary>
    public SeriesProfile Profile { get; } = profile;

    public ReportTree Document { get; } = document;

    public Report Report => Document.Report;

    public SourceText Source { get; } = source;

    /// <summary>Where offset <paramref name="offset"/> of a node's text stands in the input: its line and column.</summary>
    /// <remarks>Read from the node's map of its text to the source, so a snippet written twice on a line is placed where it was read.</remarks>
    public LinePosition Locate(NodeInSection node, int offset) => node.Node.PositionAt(offset);

    /// <summary>Where an item's marker stands: it opens the item's first line, after any indent.</summary>
    public LinePosition MarkerPosition(Item item)
    {
        int line = item.PositionAt(0) is { Line: > 0 } start ? start.Line : item.Lines.First;
        if (line < 1 || line > Source.LineCount)
            return new LinePosition(item.Lines.First, 1);
        var text = Source.Line(line);
        return new LinePosition(line, text.Length - text.TrimStart().Length + 1);
    }
}
