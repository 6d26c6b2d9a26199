using Spotlight.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Vocabulary;

/// <summary>
/// Reads a user's profile file (<c>--profile FILE.yml</c>): a YAML mapping that names the series and adds to the
/// tables of a built-in profile.
/// <code>
/// name: my-series
/// base: spotlight-on-iran
/// titles: [Spotlight on the Caspian]
/// summaryLabels: [Week in brief]
/// headingPrefixes: [Caspian affairs in]
/// arenas:
///   - {name: Azerbaijan, id: azerbaijan, region: Azerbaijan}
/// outlets: {Trend News Agency: [Trend]}
/// honorifics: [Amb.]
/// authorRoles: {editor: [Compiled by]}
/// mediaWords: {descriptor: [bulletin]}
/// months: {Janvier: 1}
/// </code>
/// </summary>
public static class ProfileFile
{
    private static readonly string[] Keys =
        ["name", "base", "titles", "summaryLabels", "headingPrefixes", "arenas", "outlets", "honorifics", "authorRoles", "mediaWords", "months"];

    /// <exception cref="ProfileFileException">The text is not such a mapping; the message names the line.</exception>
    public static ProfileOverlay Parse(string yaml)
    {
        var stream = BoundedYaml.Load(yaml, message => new ProfileFileException(message));
        if (stream.Documents.Count == 0)
            throw new ProfileFileException("line 1: the file is empty; a profile needs at least a name");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ProfileFileException(At(stream.Documents[0].RootNode, "expected a mapping of profile keys (name, base, titles, …)"));

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || !Keys.Contains(key))
                throw new ProfileFileException(At(keyNode, $"unknown key '{(keyNode as YamlScalarNode)?.Value}' (known: {string.Join(", ", Keys)})"));
            values[key] = valueNode; // a key given twice is refused by the YAML loader already
        }

        if (!values.TryGetValue("name", out var nameNode))
            throw new ProfileFileException(At(root, "no 'name': a profile needs one, for the tree's report.profile"));
        string name = Text(nameNode, "name");
        SeriesProfile? baseProfile = null;
        if (values.TryGetValue("base", out var baseNode))
        {
            string baseName = Text(baseNode, "base");
            if (!SeriesProfiles.TryFind(baseName, out baseProfile))
                throw new ProfileFileException(At(baseNode, $"unknown base profile '{baseName}' (built-in: {string.Join(", ", SeriesProfiles.BuiltIn.Select(p => p.Id))})"));
        }

        return new ProfileOverlay(
            name,
            baseProfile,
            Strings(values, "titles"),
            Strings(values, "summaryLabels"),
            Strings(values, "headingPrefixes"),
            Arenas(values),
            Outlets(values),
            Strings(values, "honorifics"),
            AuthorRoleWords(values),
            MediaWords(values),
            Months(values));
    }

    private static string Text(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } scalar && !string.IsNullOrWhiteSpace(value) && !IsNull(scalar)
            ? value.Trim()
            : throw new ProfileFileException(At(node, $"{what} must be a non-empty string"));

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    /// <summary>A list of strings, or one string alone.</summary>
    private static List<string> Strings(Dictionary<string, YamlNode> values, string key) =>
        !values.TryGetValue(key, out var node) ? []
        : node switch
        {
            YamlScalarNode scalar when IsNull(scalar) => [],
            YamlScalarNode scalar => [Text(scalar, $"an entry of {key}")],
            YamlSequenceNode sequence => [.. sequence.Children.Select(child => Text(child, $"an entry of {key}"))],
            _ => throw new ProfileFileException(At(node, $"{key} must be a string or a list of strings")),
        };

    private static List<Arena> Arenas(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("arenas", out var node) || node is YamlScalarNode scalar && IsNull(scalar))
            return [];
        if (node is not YamlSequenceNode sequence)
            throw new ProfileFileException(At(node, "arenas must be a list of {name, id, region}"));
        var arenas = new List<Arena>();
        foreach (var child in sequence.Children)
        {
            if (child is not YamlMappingNode arena)
                throw new ProfileFileException(At(child, "an arena must be a mapping {name, id, region}"));
            string? name = null, id = null, region = null;
            foreach (var (keyNode, valueNode) in arena.Children)
            {
                switch ((keyNode as YamlScalarNode)?.Value)
                {
                    case "name": name = Text(valueNode, "an arena's name"); break;
                    case "id": id = Text(valueNode, "an arena's id"); break;
                    // An empty region makes the heading a topic ("The battle for hearts and minds"), as in the built-in tables.
                    case "region": region = valueNode is YamlScalarNode { Value: "" } ? "" : Text(valueNode, "an arena's region"); break;
                    default: throw new ProfileFileException(At(keyNode, $"unknown key '{(keyNode as YamlScalarNode)?.Value}' of an arena (known: name, id, region)"));
                }
            }
            if (name is null)
                throw new ProfileFileException(At(arena, "an arena needs a name"));
            region ??= name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            id ??= Slug.Of(region.Length > 0 ? region : name);
            if (Slug.Of(id) != id)
                throw new ProfileFileException(At(arena, $"an arena's id must be lower case words joined by hyphens, as '{Slug.Of(id)}'"));
            arenas.Add(new Arena(name, id, region));
        }
        return arenas;
    }

    private static IReadOnlyList<OutletEntry> Outlets(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("outlets", out var node) || node is YamlScalarNode scalar && IsNull(scalar))
            return [];
        try
        {
            return OutletFile.Entries(node);
        }
        catch (OutletFileException e)
        {
            throw new ProfileFileException($"{e.Message} (in outlets)");
        }
    }

    private static List<(string Word, string Kind)> MediaWords(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("mediaWords", out var node) || node is YamlScalarNode scalar && IsNull(scalar))
            return [];
        if (node is not YamlMappingNode mapping)
            throw new ProfileFileException(At(node, $"mediaWords must be a mapping of kinds ({string.Join(", ", Vocabulary.MediaWords.Kinds)}) to words"));
        var rows = new List<(string, string)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string kind = Text(keyNode, "a kind of media word");
            if (!Vocabulary.MediaWords.Kinds.Contains(kind))
                throw new ProfileFileException(At(keyNode, $"unknown kind of media word '{kind}' (known: {string.Join(", ", Vocabulary.MediaWords.Kinds)})"));
            var words = new Dictionary<string, YamlNode> { ["words"] = valueNode };
            rows.AddRange(Strings(words, "words").Select(word => (word, kind)));
        }
        return rows;
    }

    private static List<AuthorRoleWord> AuthorRoleWords(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("authorRoles", out var node) || node is YamlScalarNode scalar && IsNull(scalar))
            return [];
        if (node is not YamlMappingNode mapping)
            throw new ProfileFileException(At(node, $"authorRoles must be a mapping of roles ({string.Join(", ", AuthorRoles.Kinds)}) to the words that open an author line"));
        var rows = new List<AuthorRoleWord>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string kind = Text(keyNode, "a role");
            if (!AuthorRoles.Kinds.Contains(kind))
                throw new ProfileFileException(At(keyNode, $"unknown role '{kind}' (known: {string.Join(", ", AuthorRoles.Kinds)})"));
            var words = new Dictionary<string, YamlNode> { ["words"] = valueNode };
            rows.AddRange(Strings(words, "words").Select(word => new AuthorRoleWord(word, AuthorRoles.RoleOf(kind))));
        }
        return rows;
    }

    private static List<(string Name, int Number)> Months(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("months", out var node) || node is YamlScalarNode scalar && IsNull(scalar))
            return [];
        if (node is not YamlMappingNode mapping)
            throw new ProfileFileException(At(node, "months must be a mapping of month names to their numbers (1-12)"));
        var months = new List<(string, int)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            string name = Text(keyNode, "a month name");
            if (valueNode is not YamlScalarNode { Value: { } number } || !int.TryParse(number, out int month) || month is < 1 or > 12)
                throw new ProfileFileException(At(valueNode, $"the month '{name}' must be given a number from 1 to 12"));
            months.Add((name, month));
        }
        return months;
    }

    private static string At(YamlNode node, string message) => $"line {node.Start.Line}: {message}";
}

/// <summary>The profile file is not what <see cref="ProfileFile"/> reads; the message names the line.</summary>
public sealed class ProfileFileException(string message) : Exception(message);
