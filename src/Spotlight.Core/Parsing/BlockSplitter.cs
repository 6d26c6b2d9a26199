using System.Collections.Immutable;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>Cuts the body of a report into blocks at blank lines (white space alone counts as blank).</summary>
internal static class BlockSplitter
{
    public static List<Block> Split(SourceText source, int firstLine)
    {
        var blocks = new List<Block>();
        var lines = ImmutableArray.CreateBuilder<(int Start, int Length)>();
        string text = source.Text;
        int blockStart = 0, blanks = 0, blanksBefore = 0;

        for (int number = firstLine; number <= source.LineCount; number++)
        {
            var line = source.Line(number);
            if (LineText.IsBlank(line))
            {
                if (lines.Count > 0)
                {
                    blocks.Add(new Block(blockStart, text, lines.ToImmutable(), blanksBefore, 0));
                    lines.Clear();
                    blanks = 0;
                }
                blanks++;
                continue;
            }
            if (lines.Count == 0)
            {
                blockStart = number;
                blanksBefore = blanks;
                if (blocks.Count > 0)
                    blocks[^1] = blocks[^1] with { BlankLinesAfter = blanks };
            }
            lines.Add(Range(text, line.Trim()));
        }

        if (lines.Count > 0)
            blocks.Add(new Block(blockStart, text, lines.ToImmutable(), blanksBefore, 0));
        else if (blocks.Count > 0)
            blocks[^1] = blocks[^1] with { BlankLinesAfter = blanks };
        return blocks;
    }

    /// <summary>Where a span taken from <paramref name="text"/> stands in it.</summary>
    private static (int Start, int Length) Range(string text, ReadOnlySpan<char> span)
    {
        var whole = text.AsSpan();
        int start = span.IsEmpty ? 0 : (int)(System.Runtime.CompilerServices.Unsafe.ByteOffset(
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(whole),
            ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span)) / sizeof(char));
        return (start, span.Length);
    }
}
