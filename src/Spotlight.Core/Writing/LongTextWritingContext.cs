using System.Text.Json.Serialization;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// The tree's JSON for a report holding a very long text: the same names and order as <see cref="ReportWritingContext"/>,
/// with strings written in pieces by <see cref="LongTextJsonConverter"/>. A converter needs the property metadata that
/// context leaves out, so it is only used when <see cref="TreeJson.TypeInfoFor"/> finds a long text.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(LongTextJsonConverter)])]
[JsonSerializable(typeof(ReportTree))]
public sealed partial class LongTextWritingContext : JsonSerializerContext;
