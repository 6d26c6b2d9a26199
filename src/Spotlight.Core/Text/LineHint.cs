namespace Spotlight.Text;

/// <summary>
/// What a line of the normalised text is, as far as whoever knows it can tell: a reader that saw the
/// markup or the page (an &lt;h3&gt;, a figcaption, smaller type, a repeated page line), or the layout
/// pass that reads plain text as a whole (glyph usage, blank-line rhythm, repeated lines, sentence ends).
/// The structure parser builds the tree from these hints; see docs/layout.md.
/// </summary>
public enum LineHint : byte
{
    /// <summary>Nobody has said yet; the layout pass decides.</summary>
    None,
    /// <summary>A section heading or a summary label (which one is the vocabulary's call).</summary>
    Heading,
    /// <summary>A line of an image caption; caption lines with no blank line between them are one caption.</summary>
    Caption,
    /// <summary>Opens a bullet item.</summary>
    ListItem,
    /// <summary>Opens a paragraph without a bullet: an item, or text a page break cut off.</summary>
    Paragraph,
    /// <summary>Goes on with what the line above opened (a wrapped line).</summary>
    Continuation,
    /// <summary>Page furniture: a running header, a page number, a document-number line, site text.</summary>
    Furniture,
    /// <summary>Opens a footnote ("1 Figures in this section …").</summary>
    Footnote,
}
