namespace Spotlight.Model;

/// <summary>The span of days a report covers, as written on its header.</summary>
public sealed record Period(DateOnly Start, DateOnly End, string Text, int Line);
