namespace Spotlight.Text;

/// <summary>
/// A piece of a node's text copied from the source as it stands: the character at <see cref="TextOffset"/> + k of the
/// text is the one at <see cref="SourceOffset"/> + k of the normalised source, up to where the next piece starts.
/// </summary>
public readonly record struct SourceSegment(int TextOffset, int SourceOffset);
