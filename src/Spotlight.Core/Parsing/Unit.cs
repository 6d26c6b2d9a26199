using System.Collections.Immutable;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>One piece of the body after classification: a heading, a bullet, a caption, ...</summary>
/// <param name="Text">For bullets and paragraphs the text with wrapped lines joined; for captions the caption.</param>
/// <param name="Marker">The bullet glyph as written (bullets only).</param>
/// <param name="Arena">The known arena a region heading names (headings only).</param>
/// <param name="LineMap">Where each input line starts in <paramref name="Text"/>.</param>
internal sealed record Unit(UnitKind Kind, int FirstLine, int LastLine, string Text, string? Marker = null, KnownArena? Arena = null)
{
    public ImmutableArray<TextLine> LineMap { get; init; } = [new TextLine(0, FirstLine)];
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
    /// <summary>Page numbers and running headers that PDF extraction left between paragraphs.</summary>
    Noise,
}
