using Spotlight.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;
using Spotlight.Configuration;
using Spotlight.Model;
using Spotlight.Validation.Rules;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Validation;

/// <summary>
/// A <c>.spotlight.yml</c>: findings turned off or given another severity, named by ID or by name, and paths to
/// leave alone.
/// <code>
/// rules:
///   SPT008: off
///   mixed-bullets: warning
/// ignore:
///   - drafts/**
/// </code>
/// </summary>
public sealed class ValidationConfig
{
    public static ValidationConfig Default { get; } = new(new Dictionary<string, DiagnosticSeverity?>(), []);

    private readonly IReadOnlyDictionary<string, DiagnosticSeverity?> _severities;
    private readonly Matcher? _ignore;

    private ValidationConfig(IReadOnlyDictionary<string, DiagnosticSeverity?> severities, IReadOnlyList<string> ignore)
    {
        _severities = severities;
        Ignore = ignore;
        if (ignore.Count > 0)
        {
            _ignore = new Matcher(StringComparison.Ordinal);
            _ignore.AddIncludePatterns(ignore);
        }
    }

    /// <summary>Glob patterns of paths, relative to the configuration's folder, that are not validated.</summary>
    public IReadOnlyList<string> Ignore { get; }

    /// <summary>The severity findings of this kind are reported with, or null when they are off.</summary>
    public DiagnosticSeverity? SeverityOf(DiagnosticDescriptor descriptor) => SeverityOf(descriptor.Code, descriptor.Severity);

    /// <summary>The severity a finding the parse made is reported with, or null when its kind is off.</summary>
    public DiagnosticSeverity? SeverityOf(Diagnostic finding) => SeverityOf(finding.Code, finding.Severity);

    private DiagnosticSeverity? SeverityOf(string code, DiagnosticSeverity byDefault) =>
        _severities.TryGetValue(code, out var severity) ? severity : byDefault;

    /// <summary>Whether a path (relative to the configuration's folder, with / separators) is ignored.</summary>
    public bool Ignores(string relativePath) =>
        _ignore is not null && _ignore.Match(relativePath.Replace('\\', '/')).HasMatches;

    /// <exception cref="ValidationConfigException">The text is not such a file, or names a rule that does not exist.</exception>
    public static ValidationConfig Parse(string yaml)
    {
        var stream = BoundedYaml.Load(yaml, message => new ValidationConfigException(message));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return Default;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ValidationConfigException(At(stream.Documents[0].RootNode, "expected a mapping with 'rules' and 'ignore'"));

        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        var ignore = new List<string>();
        foreach (var (keyNode, value) in root.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "rules":
                    ReadRules(value, severities);
                    break;
                case "ignore":
                    ReadIgnore(value, ignore);
                    break;
                default:
                    throw new ValidationConfigException(At(keyNode, $"unknown key '{(keyNode as YamlScalarNode)?.Value}' (expected 'rules' or 'ignore')"));
            }
        }
        return new ValidationConfig(severities, ignore);
    }

    /// <summary>The rule an unknown rule's message gives as an example of an ID and a name.</summary>
    private static DiagnosticDescriptor Example => RuleSet.DescriptorOf<NoSourceRule>();

    private static void ReadRules(YamlNode node, Dictionary<string, DiagnosticSeverity?> severities)
    {
        if (node is YamlScalarNode { Value: null or "" })
            return;
        if (node is not YamlMappingNode rules)
            throw new ValidationConfigException(At(node, "'rules' must map rule IDs or names to off, error, warning or info"));
        foreach (var (idNode, levelNode) in rules.Children)
        {
            string id = (idNode as YamlScalarNode)?.Value ?? "";
            if (!DiagnosticCatalog.TryFind(id, out var rule))
                throw new ValidationConfigException(At(idNode,
                    $"unknown rule '{id}' (name a rule by its ID, such as {Example.Code}, or by its name, such as {Example.Name}; docs/rules.md lists them)"));
            // An ID and a name for the same rule are one key: the later line wins.
            severities[rule.Code] = ((levelNode as YamlScalarNode)?.Value?.ToLowerInvariant()) switch
            {
                "off" or "false" or "none" => null,
                "error" => DiagnosticSeverity.Error,
                "warning" => DiagnosticSeverity.Warning,
                "info" => DiagnosticSeverity.Info,
                var other => throw new ValidationConfigException(At(levelNode, $"{id}: '{other}' is not off, error, warning or info")),
            };
        }
    }

    private static void ReadIgnore(YamlNode node, List<string> ignore)
    {
        switch (node)
        {
            case YamlScalarNode { Value: null or "" }:
                return;
            case YamlScalarNode { Value: { } single }:
                ignore.Add(Checked(node, single));
                return;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                    ignore.Add(item is YamlScalarNode { Value: { Length: > 0 } glob } ? Checked(item, glob) : throw new ValidationConfigException(At(item, "an ignore pattern must be a string")));
                return;
            default:
                throw new ValidationConfigException(At(node, "'ignore' must be a list of path patterns"));
        }
    }

    /// <summary>
    /// The matcher takes ".." only at the start of a pattern (a configuration named by --config may sit beside the
    /// reports' folder: "../reports/drafts/**"); further in, it is refused here rather than failing at the first match.
    /// </summary>
    private static string Checked(YamlNode node, string glob)
    {
        var segments = glob.Replace('\\', '/').Split('/');
        int leading = segments.TakeWhile(segment => segment == "..").Count();
        if (segments.Skip(leading).Contains(".."))
            throw new ValidationConfigException(At(node, $"ignore pattern '{glob}': '..' can only open a pattern"));
        return glob;
    }

    private static string At(YamlNode node, string message) => $"line {node.Start.Line}: {message}";
}

/// <summary>The configuration file is not what <see cref="ValidationConfig"/> reads; the message names the line.</summary>
public sealed class ValidationConfigException(string message) : Exception(message);
