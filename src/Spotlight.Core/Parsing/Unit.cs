using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>One piece of the body after layout: a heading, a bullet, a caption, a footnote, ...</summary>
/// <param name="Text">For bullets and paragraphs the text with wrapped lines joined; for captions the caption.</param>
/// <param name="Marker">The bullet glyph as written (bullets only); a footnote's mark.</param>
/// <param name="Arena">The known arena a region heading names (headings only).</param>
internal sealed record Unit(UnitKind Kind, int FirstLine, int LastLine, string Text, string? Marker = null, Arena? Arena = null)
{
    /// <summary>Where each character of <see cref="Text"/> stands in the source (bullets, paragraphs, footnotes and captions).</summary>
    public SourceMap Map { get; init; }

    /// <summary>Every non-blank line the unit stands on, copies of a caption included.</summary>
    public ImmutableArray<int> SourceLines
    {
        get => _sourceLines.IsDefault ? Map.PieceLines(Text.Length) : _sourceLines;
        init => _sourceLines = value;
    }

    private readonly ImmutableArray<int> _sourceLines;

    /// <summary>How many times a caption is written.</summary>
    public int Copies { get; init; } = 1;

    /// <summary>What kind of furniture (furniture only).</summary>
    public FurnitureKind FurnitureKind { get; init; }
}

internal enum UnitKind
{
    /// <summary>A section heading; <see cref="Unit.Arena"/> is set for a region, null for a topic.</summary>
    Heading,
    /// <summary>A label of the summary block ("Overview", "Highlights of the week", ...).</summary>
    SummaryLabel,
    /// <summary>The title line written again: the summary's label at the top, a running header later.</summary>
    TitleRepeat,
    Bullet,
    /// <summary>Text without a bullet: an item in reports that lost their glyphs, or a continuation.</summary>
    Paragraph,
    Caption,
    Footnote,
    /// <summary>Page numbers, document-number lines and running headers that a page left between paragraphs.</summary>
    Furniture,
}
