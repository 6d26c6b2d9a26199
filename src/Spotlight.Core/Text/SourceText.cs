using Spotlight.Diagnostics;
using System.Collections.Immutable;

namespace Spotlight.Text;

/// <summary>
/// The normalised text of a report (LF line ends, no BOM) and where each line starts,
/// so that every node can name the 1-based lines it came from.
/// </summary>
public sealed class SourceText
{
    // What readers add to the text, one With… method each; set only on a fresh copy (see Copy), so a text never changes.
    private int[]? _pageStarts;
    private LineHint[]? _hints;
    private InputLines? _input;
    private IReadOnlyDictionary<int, string>? _listMarkers;

    private SourceText(string text, LineMap lines)
    {
        Text = text;
        Lines = lines;
    }

    /// <summary>A copy that one With… method then changes: every other thing a reader said is kept.</summary>
    private SourceText Copy() => (SourceText)MemberwiseClone();

    /// <summary>What reading the bytes found (an encoding guessed, bytes replaced), for the tree's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; private set; } = [];

    public SourceText WithDiagnostic(Diagnostic? diagnostic) =>
        diagnostic is null ? this : WithDiagnostics([diagnostic]);

    public SourceText WithDiagnostics(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
            return this;
        var copy = Copy();
        copy.Diagnostics = Diagnostics.AddRange(diagnostics);
        return copy;
    }

    /// <summary>Whether the text came from a paged input (PDF), so that lines have page numbers.</summary>
    public bool HasPages => _pageStarts is not null;

    /// <summary>The text with the lines on which each page starts (1-based, ascending; the first is 1).</summary>
    public SourceText WithPages(IEnumerable<int> pageStartLines)
    {
        var copy = Copy();
        copy._pageStarts = pageStartLines.ToArray();
        return copy;
    }

    /// <summary>The text with what its reader knows of each line (index 0 is line 1); lines past the end of the array have none.</summary>
    public SourceText WithHints(IReadOnlyList<LineHint> hints)
    {
        var copy = Copy();
        copy._hints = new LineHint[Lines.Count];
        for (int i = 0; i < copy._hints.Length && i < hints.Count; i++)
            copy._hints[i] = hints[i];
        return copy;
    }

    /// <summary>
    /// The text with where each of its lines stands in the input file (index 0 is line 1; 0 where a line has no place
    /// of its own, as a blank line the reader put between blocks): for a web page, the line of the page's source and
    /// the column where the line's element starts; for a PDF, the line on its page (columns are the text's own).
    /// </summary>
    public SourceText WithInputLines(int[] lines, int[]? columns = null)
    {
        var copy = Copy();
        copy._input = new InputLines(lines, columns);
        return copy;
    }

    /// <summary>Whether the input's lines differ from the text's, so that nodes and findings say where they stand in it.</summary>
    public bool HasInputPositions => _input is not null;

    /// <summary>
    /// Where line <paramref name="line"/>, column <paramref name="column"/> of the text stands in the input file, or
    /// null when the input's lines are the text's (plain text). A line with no place of its own takes the place of the
    /// nearest line above it that has one.
    /// </summary>
    public InputPosition? InputPositionOf(int line, int column)
    {
        if (_input is not { } input || input.Lines.Length == 0)
            return null;
        int index = Math.Clamp(line, 1, input.Lines.Length) - 1;
        int found = index;
        while (found > 0 && input.Lines[found] == 0)
            found--;
        while (found < input.Lines.Length - 1 && input.Lines[found] == 0)
            found++;
        if (input.Lines[found] == 0)
            return null;
        return HasPages
            ? new InputPosition(PageOf(found + 1), input.Lines[found], found == index ? Math.Max(column, 1) : 1)
            : new InputPosition(null, input.Lines[found], input.Columns is { } columns ? Math.Max(columns[found], 1) : Math.Max(column, 1));
    }

    /// <summary>The finding with where it stands in the input file, when the input's lines differ from the text's.</summary>
    public Diagnostic Place(Diagnostic diagnostic) =>
        _input is null || diagnostic.Line is not { } line || diagnostic.Origin is not null
            ? diagnostic
            : diagnostic with { Origin = InputPositionOf(line, diagnostic.Column ?? 1) };

    private sealed record InputLines(int[] Lines, int[]? Columns);

    /// <summary>
    /// The text with the markers a page draws before its list items but does not write in their text (a web page's
    /// &lt;ul&gt; draws a disc), by the 1-based line each item opens on.
    /// </summary>
    public SourceText WithListMarkers(IReadOnlyDictionary<int, string> markers)
    {
        if (markers.Count == 0)
            return this;
        var copy = Copy();
        copy._listMarkers = markers;
        return copy;
    }

    /// <summary>The marker drawn before the list item that opens on line <paramref name="number"/>, or null.</summary>
    public string? ListMarker(int number) => _listMarkers is not null && _listMarkers.TryGetValue(number, out var marker) ? marker : null;

    /// <summary>What the reader said of line <paramref name="number"/> (1-based), or <see cref="LineHint.None"/>.</summary>
    public LineHint Hint(int number) => _hints is null || number < 1 || number > _hints.Length ? LineHint.None : _hints[number - 1];

    /// <summary>The 1-based page of a line, or 0 when the input has no pages.</summary>
    public int PageOf(int line)
    {
        if (_pageStarts is null)
            return 0;
        int index = Array.BinarySearch(_pageStarts, line);
        return index >= 0 ? index + 1 : Math.Max(~index, 1);
    }

    public string Text { get; }

    /// <summary>Where each line starts, and so the line and column of any position of <see cref="Text"/>.</summary>
    public LineMap Lines { get; }

    /// <summary>Lines of the text; a final line end does not open another line.</summary>
    public int LineCount => Lines.Count;

    /// <summary>Builds a source text, turning CRLF and lone CR into LF.</summary>
    public static SourceText From(string text)
    {
        if (text.Contains('\r'))
            text = text.ReplaceLineEndings("\n");

        return new SourceText(text, LineMap.Of(text));
    }

    /// <summary>The text of line <paramref name="number"/> (1-based), without its line end.</summary>
    public ReadOnlySpan<char> Line(int number)
    {
        var span = Lines.Span(number);
        return Text.AsSpan(span.Start, span.Length);
    }
}
