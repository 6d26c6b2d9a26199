using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>How the JSON writers serialise a tree: the fast generated code, or in pieces when a text is very long.</summary>
public static class TreeJson
{
    /// <summary>The length from which a text is written in pieces: a long paragraph's worst escaping then stays under a megabyte.</summary>
    public const int LongText = 64 * 1024;

    /// <summary>
    /// The tree's metadata with strings written by <see cref="LongTextJsonConverter"/>: the same names and order as the
    /// generated code, which a converter turns off. Building the metadata costs about a parse, so only a report
    /// holding a long text pays it.
    /// </summary>
    public static JsonTypeInfo<ReportTree> InPieces => InPiecesContext.ReportTree;

    /// <summary>The context of <see cref="InPieces"/>, for writing parts of a tree.</summary>
    internal static ReportJsonContext InPiecesContext => Pieces.Value;

    private static readonly Lazy<ReportJsonContext> Pieces = new(() =>
        new ReportJsonContext(new JsonSerializerOptions(ReportJsonContext.Default.Options) { Converters = { new LongTextJsonConverter() } }));

    public static JsonTypeInfo<ReportTree> TypeInfoFor(ReportTree tree) =>
        tree.Report.Sections.Any(HasLongText) || HasLongTextApart(tree.Report) ? InPieces : ReportWritingContext.Default.ReportTree;

    private static bool HasLongText(Section section) =>
        section.Items.Any(item => item.Text.Length > LongText) || section.Figures.Any(figure => figure.Caption.Length > LongText);

    /// <summary>An item's metadata: in pieces when its text is long, as a whole tree holding it would be.</summary>
    internal static JsonTypeInfo<Item> TypeInfoFor(Item item) =>
        item.Text.Length > LongText ? InPiecesContext.Item : ReportWritingContext.Default.Item;

    /// <summary>A figure's metadata: in pieces when its caption is long.</summary>
    internal static JsonTypeInfo<Figure> TypeInfoFor(Figure figure) =>
        figure.Caption.Length > LongText ? InPiecesContext.Figure : ReportWritingContext.Default.Figure;

    /// <summary>Whether a footnote or a line of furniture is long.</summary>
    internal static bool HasLongTextApart(Report report) =>
        report.Footnotes is { } notes && notes.Any(note => note.Text.Length > LongText)
            || report.Furniture is { } lines && lines.Any(line => line.Text.Length > LongText);
}
