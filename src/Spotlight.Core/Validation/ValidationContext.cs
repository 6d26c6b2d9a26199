using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Validation;

/// <summary>What rules look at: the parsed tree, the normalised text it came from and the profile it was read with.</summary>
public sealed class ValidationContext(ReportDocument document, SourceText source, SeriesProfile profile)
{
    /// <summary>The series' vocabulary: its arenas, month names.</summary>
    public SeriesProfile Profile { get; } = profile;

    public ReportDocument Document { get; } = document;

    public Report Report => Document.Report;

    public SourceText Source { get; } = source;

    /// <summary>Every item and figure with its section, in document order (items of a section before its figures).</summary>
    public IEnumerable<Node> Nodes() =>
        Report.Sections.SelectMany(section => section.Nodes.Select(node => new Node(section, node)));

    /// <summary>The 1-based column of <paramref name="snippet"/> in an input line, or 1 when it is not there as written.</summary>
    public int ColumnOf(int line, string snippet)
    {
        if (line < 1 || line > Source.LineCount || snippet.Length == 0)
            return 1;
        int at = Source.Line(line).IndexOf(snippet.AsSpan(), StringComparison.Ordinal);
        return at >= 0 ? at + 1 : 1;
    }

    /// <summary>Where a piece of a node's text stands in the input: its line and column.</summary>
    public (int Line, int Column) Locate(Node node, int offset, int length)
    {
        int line = node.LineAt(offset);
        string snippet = node.Text.Substring(offset, Math.Min(length, Math.Max(0, node.Text.Length - offset)));
        // The line may hold only the start of the snippet when it runs over a line break.
        int column = ColumnOf(line, snippet);
        if (column == 1 && snippet.Length > 12)
            column = ColumnOf(line, snippet[..12]);
        return (line, column);
    }
}
