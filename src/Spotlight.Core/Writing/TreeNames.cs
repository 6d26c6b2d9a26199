using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>The lower-case names the JSON tree gives its values, for the writers that spell them out themselves.</summary>
public static class TreeNames
{
    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static string? Of<T>(T? value) where T : struct, Enum => value?.ToString().ToLowerInvariant();

    /// <summary>A day as the tree writes it: ISO 8601, <c>2021-11-04</c>.</summary>
    public static string Of(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Of(DateOnly? day) => day is { } given ? Of(given) : null;

    // Kinds of furniture are named in words joined by hyphens ("running-header"): the JSON context says how.
    public static string Of(FurnitureKind kind) =>
        System.Text.Json.JsonSerializer.Serialize(kind, ReportJsonContext.Default.FurnitureKind).Trim('"');
}
