namespace Spotlight.Model;

/// <summary>A footnote kept apart from the items: its mark as written ("1", "*", "[2]") and its text.</summary>
public sealed record Footnote(string Mark, string Text, LineRange Lines);
