using System.Text.Json.Serialization;

namespace Spotlight.Diagnostics;

/// <summary>A finding about the report, shared by parse and validate; never fatal.</summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    int? Line,
    int? Column,
    string? ItemId);

[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    [JsonStringEnumMemberName("error")] Error,
    [JsonStringEnumMemberName("warning")] Warning,
    [JsonStringEnumMemberName("info")] Info,
}
