using System.Text.Json.Serialization;

namespace Spotlight.Model;

/// <summary>The span of days a report covers, as written on its header.</summary>
public sealed record Period(DateOnly Start, DateOnly End, string Text, int Line)
{
    /// <summary>The 1-based column the period's text starts at on its line; not part of the tree, used to place findings.</summary>
    [JsonIgnore]
    public int Column { get; init; } = 1;
}
