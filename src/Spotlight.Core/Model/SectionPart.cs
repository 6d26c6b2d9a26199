using System.Collections.Immutable;

namespace Spotlight.Model;

/// <summary>
/// A part of a report's sections, in the order they are built: each item and figure as soon as nothing later can
/// change it, then its section (its items and figures left empty) once the section's last line is known. A section's
/// items come in order, and so do its figures.
/// </summary>
public abstract record SectionPart
{
    /// <param name="In">The kind of the section the item stands in, known as soon as the section opens.</param>
    public sealed record OfItem(Item Item, SectionKind In) : SectionPart;

    /// <param name="In">The kind of the section the figure stands in.</param>
    public sealed record OfFigure(Figure Figure, SectionKind In) : SectionPart;

    /// <summary>The end of a section: its heading, kind and lines, without its items and figures.</summary>
    public sealed record End(Section Section) : SectionPart;

    /// <summary>A section held whole, as the parts it is read in: its items, its figures, then its end.</summary>
    public static IEnumerable<SectionPart> Of(Section section) =>
        section.Items.Select(item => (SectionPart)new OfItem(item, section.Kind))
            .Concat(section.Figures.Select(figure => new OfFigure(figure, section.Kind)))
            .Append(new End(section with { Items = [], Figures = [] }));

    /// <summary>The sections the parts make, each whole.</summary>
    public static IEnumerable<Section> Gather(IEnumerable<SectionPart> parts)
    {
        var items = ImmutableArray.CreateBuilder<Item>();
        var figures = ImmutableArray.CreateBuilder<Figure>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case OfItem item:
                    items.Add(item.Item);
                    break;
                case OfFigure figure:
                    figures.Add(figure.Figure);
                    break;
                case End end:
                    yield return end.Section with { Items = items.DrainToImmutable(), Figures = figures.DrainToImmutable() };
                    break;
            }
        }
    }
}
