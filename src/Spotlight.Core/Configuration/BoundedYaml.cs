using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Spotlight.Configuration;

/// <summary>
/// Loads the small YAML files a user hands the tool (<c>--outlets</c>, <c>.spotlight.yml</c>) with bounds on
/// what they may cost: the parser's events are walked first, counting the nesting depth and what aliases
/// would expand to, and a file over either bound, or with an alias to a node not yet complete, is refused
/// before any node tree is built (building one recurses once per level, and walking aliases repeats the node
/// they name).
/// </summary>
public static class BoundedYaml
{
    /// <summary>Sequences and mappings inside one another; a side file needs a handful.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes the aliases of a document stand for, each alias counted as the whole node it names.</summary>
    public const long MaxAliasedNodes = 100_000;

    /// <summary>As <see cref="Load(string)"/>, the failure told as the caller's own kind of error (its file's).</summary>
    public static YamlStream Load(string yaml, Func<string, Exception> error)
    {
        try
        {
            return Load(yaml);
        }
        catch (BoundedYamlException e)
        {
            throw error(e.Message);
        }
    }

    /// <exception cref="BoundedYamlException">The text is not YAML, or is over a bound; the message names the line.</exception>
    public static YamlStream Load(string yaml)
    {
        var parser = new LineKeepingParser(new StringReader(yaml));
        try
        {
            Check(parser);
            var stream = new YamlStream();
            parser = new LineKeepingParser(new StringReader(yaml));
            stream.Load(parser);
            return stream;
        }
        catch (YamlException e)
        {
            // YamlDotNet's messages open with the marks; the line is named once, in front.
            string message = e.Message;
            int marks = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith('(') && marks > 0)
                message = message[(marks + 3)..];
            throw new BoundedYamlException(e.Start.Line, message);
        }
        catch (Exception e) when (e is not (BoundedYamlException or OutOfMemoryException))
        {
            // YamlDotNet refuses some broken text with other exceptions than its own (an empty tag prefix, a tag
            // that is no URI, a document marker inside a flow, an alias where a key should be); for the user
            // they are one thing, text that is not YAML, at the line the parser had reached.
            throw new BoundedYamlException(parser.Line, "not valid YAML");
        }
    }

    private static void Check(IParser parser)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        // Each open collection: its anchor (or null) and the expanded count when it opened.
        var open = new Stack<(string? Anchor, long Start)>();
        long expanded = 0, aliased = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case DocumentStart:
                    // Anchors are the document's own.
                    sizes.Clear();
                    break;
                case AnchorAlias alias:
                    // YAML lets an alias name only a node already complete. The loader would also take one inside
                    // the node it names, or before its anchor, and build a node that contains itself: hashing it as a
                    // key then recurses until the stack overflows, and no alias budget can count what it stands for.
                    string name = alias.Value.Value;
                    if (open.Any(collection => collection.Anchor == name))
                        throw new BoundedYamlException(current.Start.Line, $"alias *{name} is inside the node it names");
                    if (!sizes.TryGetValue(name, out long size))
                        throw new BoundedYamlException(current.Start.Line, $"alias *{name} comes before its anchor");
                    expanded += size;
                    aliased += size;
                    break;
                case NodeEvent { } node and (SequenceStart or MappingStart):
                    expanded++;
                    if (open.Count == MaxDepth)
                        throw new BoundedYamlException(current.Start.Line, $"nested deeper than {MaxDepth} levels");
                    open.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, expanded - 1));
                    break;
                case SequenceEnd or MappingEnd:
                    if (open.TryPop(out var closed) && closed.Anchor is { } anchor)
                        sizes[anchor] = expanded - closed.Start;
                    break;
                case Scalar scalar:
                    expanded++;
                    if (!scalar.Anchor.IsEmpty)
                        sizes[scalar.Anchor.Value] = 1;
                    break;
            }
            if (aliased > MaxAliasedNodes)
                throw new BoundedYamlException(current.Start.Line, $"aliases expand to more than {MaxAliasedNodes} nodes");
        }
    }
}

/// <summary>A side file that is not YAML, or is YAML over a bound of <see cref="BoundedYaml"/>.</summary>
public sealed class BoundedYamlException(long line, string reason) : Exception($"line {line}: {reason}")
{
    public long Line { get; } = line;

    public string Reason { get; } = reason;
}
