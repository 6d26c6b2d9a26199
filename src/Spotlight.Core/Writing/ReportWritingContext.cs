using System.Text.Json.Serialization;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// The tree's JSON as the writers write it: the source-generated serialisation code alone, without the
/// property metadata of <see cref="ReportJsonContext"/>. Writing through that context first builds the metadata
/// of every type in the tree, reading their attributes at run time: about as long as parsing the report
/// itself, paid by every process that writes one. Both contexts are generated from the same types and
/// options, so both write the same bytes; the schema and the tests' reading back use <see cref="ReportJsonContext"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ReportTree))]
public sealed partial class ReportWritingContext : JsonSerializerContext;
