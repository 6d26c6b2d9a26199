using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Spotlight.Configuration;

/// <summary>A parser that remembers the line of the last event it read, to name where a failure came.</summary>
internal sealed class LineKeepingParser(TextReader input) : IParser
{
    private readonly Parser _parser = new(input);

    public long Line { get; private set; } = 1;

    public ParsingEvent? Current => _parser.Current;

    public bool MoveNext()
    {
        bool moved = _parser.MoveNext();
        if (_parser.Current is { } current)
            Line = current.End.Line;
        return moved;
    }
}
