using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// Gives every node of a report read from a web page or a PDF the place of its first line in the input file, beside
/// the lines of the normalised text it keeps; a report read from plain text is returned as it is.
/// </summary>
public static class InputPlacement
{
    public static Report Place(Report report, SourceText source)
    {
        if (!source.HasInputPositions)
            return report;
        return PlaceApart(report with { Sections = [.. report.Sections.Select(section => Place(section, source))] }, source);
    }

    /// <summary>One section, its items and figures: a report read a section at a time is placed so.</summary>
    public static Section Place(Section section, SourceText source)
    {
        if (!source.HasInputPositions)
            return section;
        return section with
        {
            Origin = source.InputPositionOf(section.HeadingLine ?? section.Lines.First, 1),
            Items = [.. section.Items.Select(item => item with { Origin = source.InputPositionOf(item.Lines.First, 1) })],
            Figures = [.. section.Figures.Select(figure => figure with { Origin = source.InputPositionOf(figure.Lines.First, 1) })],
        };
    }

    /// <summary>One part of a section: a report read in parts is placed so.</summary>
    public static SectionPart Place(SectionPart part, SourceText source)
    {
        if (!source.HasInputPositions)
            return part;
        return part switch
        {
            SectionPart.OfItem { Item: var item } => new SectionPart.OfItem(item with { Origin = source.InputPositionOf(item.Lines.First, 1) }),
            SectionPart.OfFigure { Figure: var figure } => new SectionPart.OfFigure(figure with { Origin = source.InputPositionOf(figure.Lines.First, 1) }),
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
