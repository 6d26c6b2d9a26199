using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// The pieces of a text's map while it is joined, gathered in blocks and copied once into an array of the exact
/// length. A growing array would hold the pieces up to three times over as it doubles and is copied into the map:
/// for a paragraph of millions of short lines, several times the size of the input.
/// </summary>
internal sealed class SegmentBuffer
{
    /// <summary>
    /// The largest block, 16 KB: below the size at which an array is kept apart and collected late. Blocks start
    /// small and double up to it, as most texts are a few lines.
    /// </summary>
    private const int LargestBlock = 2048;

    private readonly List<SourceSegment[]> _blocks = [];
    private int _inLast;

    public SegmentBuffer(ImmutableArray<SourceSegment> first)
    {
        if (!first.IsDefault)
            foreach (var segment in first)
                Add(segment);
    }

    public int Count { get; private set; }

    public SourceSegment Last => _blocks[^1][_inLast - 1];

    public void Add(SourceSegment segment)
    {
        if (_blocks.Count == 0 || _inLast == _blocks[^1].Length)
        {
            _blocks.Add(new SourceSegment[_blocks.Count < 8 ? 8 << _blocks.Count : LargestBlock]);
            _inLast = 0;
        }
        _blocks[^1][_inLast++] = segment;
        Count++;
    }

    public ImmutableArray<SourceSegment> ToImmutable()
    {
        var all = new SourceSegment[Count];
        int at = 0;
        foreach (var block in _blocks)
        {
            int length = Math.Min(block.Length, Count - at);
            Array.Copy(block, 0, all, at, length);
            at += length;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }
}
