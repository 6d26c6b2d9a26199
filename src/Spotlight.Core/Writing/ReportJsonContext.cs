using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>Source-generated JSON metadata for the tree: no reflection, so Native AOT can use it.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ReportTree))]
public sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Writer options: text such as "►" and "–" is written as itself rather than escaped, since the
    /// output is UTF-8 and read by people as well as programs.
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
