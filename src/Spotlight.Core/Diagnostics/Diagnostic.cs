using System.Text.Json.Serialization;

namespace Spotlight.Diagnostics;

/// <summary>A finding about the report, shared by parse and validate; never fatal.</summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    int? Line,
    int? Column,
    string? ItemId)
{
    /// <summary>
    /// Where the finding stands in the input file, for a web page or a PDF whose lines are not those of the normalised
    /// text; absent for plain text and for a finding about the input as a whole.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputPosition? Origin { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}
