using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>
/// A section once its last line is read: its heading, kind and lines (its items and figures may have been let go as
/// they were checked), how many items it has and the last of them.
/// </summary>
public sealed record SectionRead(Section Section, int Items, Item? LastItem);
