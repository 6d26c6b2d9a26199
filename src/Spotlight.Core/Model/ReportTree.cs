using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Spotlight.Model;

/// <summary>The whole tree that every structured writer renders: see docs/CONTRACT.md.</summary>
public sealed record ReportTree(
    InputInfo Input,
    Report Report,
    ReportStats Stats,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyOrder(-1)]
    public int SchemaVersion => CurrentSchemaVersion;
}
