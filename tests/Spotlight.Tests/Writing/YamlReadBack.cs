using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Tests.Writing;

/// <summary>Reads YAML back with YamlDotNet into JSON nodes, resolving plain scalars as the YAML core schema does.</summary>
internal static partial class YamlReadBack
{
    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$")]
    private static partial Regex Number();

    public static List<JsonNode?> Documents(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => ToJson(d.RootNode)).ToList();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"unexpected node {node.NodeType}"),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
            return JsonValue.Create(value);
        if (value is "null" or "~" or "")
            return null;
        if (value is "true" or "false")
            return JsonValue.Create(value == "true");
        if (Integer().IsMatch(value))
            return JsonValue.Create(long.Parse(value, CultureInfo.InvariantCulture));
        if (Number().IsMatch(value))
            return JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        return JsonValue.Create(value);
    }
}
