using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// Gives every node of a report read from a web page or a PDF, part by part as it is read, the place of its first line
/// in the input file, beside the lines of the normalised text it keeps; a report read from plain text is left as it is.
/// </summary>
public static class InputPlacement
{
    /// <summary>One part of a section: an item, a figure, or the section itself (by its heading's line).</summary>
    public static SectionPart Place(SectionPart part, SourceText source)
    {
        if (!source.HasInputPositions)
            return part;
        return part switch
        {
            SectionPart.OfItem { Item: var item } ofItem => ofItem with { Item = item with { Origin = source.InputPositionOf(item.Lines.First, 1) } },
            SectionPart.OfFigure { Figure: var figure } ofFigure => ofFigure with { Figure = figure with { Origin = source.InputPositionOf(figure.Lines.First, 1) } },
            SectionPart.End { Section: var section } => new SectionPart.End(section with
            {
                Origin = source.InputPositionOf(section.HeadingLine ?? section.Lines.First, 1),
            }),
            _ => part,
        };
    }

    /// <summary>The footnotes and furniture kept apart from the sections.</summary>
    public static Report PlaceApart(Report report, SourceText source)
    {
        if (!source.HasInputPositions)
            return report;
        return report with
        {
            Footnotes = report.Footnotes?.Select(note => note with { Origin = source.InputPositionOf(note.Lines.First, 1) }).ToImmutableArray(),
            Furniture = report.Furniture?.Select(line => line with { Origin = source.InputPositionOf(line.Lines.First, 1) }).ToImmutableArray(),
        };
    }
}
