using System.Text.Json.Serialization;

namespace Spotlight.Writing.Findings;

/// <summary>Source-generated JSON metadata for a Code Quality report, in GitLab's snake_case: no reflection, so Native AOT can use it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CodeQualityIssue))]
public sealed partial class CodeQualityJsonContext : JsonSerializerContext;
