using System.Text.Json.Serialization;
using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>Source-generated JSON metadata for a timeline's events, with the tree's naming: no reflection, so Native AOT can use it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(TimelineEvent))]
public sealed partial class TimelineJsonContext : JsonSerializerContext;
