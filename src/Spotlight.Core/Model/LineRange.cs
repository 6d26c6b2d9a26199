using System.Text.Json.Serialization;

namespace Spotlight.Model;

/// <summary>First and last line of a node, 1-based and inclusive; written as <c>[first, last]</c>.</summary>
[JsonConverter(typeof(LineRangeJsonConverter))]
public readonly record struct LineRange(int First, int Last)
{
    public LineRange Extend(int last) => new(First, Math.Max(Last, last));

    public override string ToString() => $"[{First}, {Last}]";
}
