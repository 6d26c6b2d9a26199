using Spotlight.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Vocabulary;

/// <summary>
/// Reads a user's outlet file: a YAML mapping of canonical names to their aliases.
/// <code>
/// Fars News Agency: [Fars, FNA]
/// Kayhan London: Kayhan London
/// </code>
/// </summary>
public static class OutletFile
{
    /// <exception cref="OutletFileException">The text is not such a mapping.</exception>
    public static IReadOnlyList<OutletEntry> Parse(string yaml)
    {
        var stream = BoundedYaml.Load(yaml, message => new OutletFileException(message));
        if (stream.Documents.Count == 0)
            return [];
        return Entries(stream.Documents[0].RootNode);
    }

    /// <summary>The entries of a mapping of outlet names to their aliases, as a file or a profile's <c>outlets</c> holds it.</summary>
    /// <exception cref="OutletFileException">The node is not such a mapping.</exception>
    public static IReadOnlyList<OutletEntry> Entries(YamlNode node)
    {
        if (node is not YamlMappingNode root)
            throw new OutletFileException(At(node, "expected a mapping of outlet names to their aliases"));

        var entries = new List<OutletEntry>();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } name } || string.IsNullOrWhiteSpace(name))
                throw new OutletFileException(At(keyNode, "an outlet name must be a non-empty string"));
            entries.Add(new OutletEntry(Named(keyNode, name.Trim(), "an outlet name"), Aliases(valueNode)));
        }
        return entries;
    }

    private static List<string> Aliases(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var value } when string.IsNullOrWhiteSpace(value) => [],
        // "Mehr: ~" or "Mehr: null" is YAML for nothing, not an alias spelt "null".
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" or "null" or "Null" or "NULL" } => [],
        YamlScalarNode scalar => [Named(scalar, scalar.Value!, "an alias")],
        YamlSequenceNode sequence => sequence.Children.Select(child => child is YamlScalarNode { Value: { } alias } && !string.IsNullOrWhiteSpace(alias)
            ? Named(child, alias, "an alias")
            : throw new OutletFileException(At(child, "an alias must be a non-empty string"))).ToList(),
        _ => throw new OutletFileException(At(node, "aliases must be a string or a list of strings")),
    };

    /// <summary>
    /// A name is matched by its letters and digits alone (<see cref="OutletTable"/>): one without any ("---", "~")
    /// could never be matched as an alias, and as an outlet name would be given to every source without a letter.
    /// </summary>
    private static string Named(YamlNode node, string name, string what) =>
        OutletTable.Key(name).Length > 0 ? name : throw new OutletFileException(At(node, $"{what} must hold a letter or a digit"));

    private static string At(YamlNode node, string message) => $"line {node.Start.Line}: {message}";
}

/// <summary>The outlet file is not what <see cref="OutletFile"/> reads; the message names the line.</summary>
public sealed class OutletFileException(string message) : Exception(message);
