using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>Source-generated JSON metadata for the tree: no reflection, so Native AOT can use it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportDocument))]
public sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Indented, with text such as "►" and "–" written as itself rather than escaped:
    /// the output is UTF-8 and read by people as well as programs.
    /// </summary>
    public static ReportJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
