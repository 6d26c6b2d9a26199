using System.Text.Json.Serialization;
using Spotlight.Text;

namespace Spotlight.Model;

/// <param name="Value">ISO 8601 at the stated granularity: 2021-11-10, 2021-W44, 2021-11, 2021.</param>
/// <param name="Start">Offset into the node's text, in UTF-16 code units.</param>
public sealed record DateMention(
    string Text,
    string Value,
    DateGranularity Granularity,
    DateModifier? Modifier,
    bool Relative,
    int Start,
    int Length)
{
    /// <summary>Where the mention stands in the node's text; not part of the tree, which writes its start and length.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

[JsonConverter(typeof(JsonStringEnumConverter<DateGranularity>))]
public enum DateGranularity
{
    [JsonStringEnumMemberName("day")] Day,
    [JsonStringEnumMemberName("week")] Week,
    [JsonStringEnumMemberName("month")] Month,
    [JsonStringEnumMemberName("year")] Year,
}

[JsonConverter(typeof(JsonStringEnumConverter<DateModifier>))]
public enum DateModifier
{
    [JsonStringEnumMemberName("early")] Early,
    [JsonStringEnumMemberName("mid")] Mid,
    [JsonStringEnumMemberName("late")] Late,
}
