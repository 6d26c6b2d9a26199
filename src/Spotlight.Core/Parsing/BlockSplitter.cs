using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>Cuts the body of a report into blocks at blank lines (white space alone counts as blank).</summary>
internal static class BlockSplitter
{
    /// <summary>
    /// The blocks from line <paramref name="firstLine"/> on. The lines are read twice, once to count the blocks and
    /// once to fill arrays of that length, so that nothing is grown and copied.
    /// </summary>
    public static BlockList Split(SourceText source, int firstLine)
    {
        int count = 0;
        Walk(source, firstLine, (_, lines, _) => count += lines > 0 ? 1 : 0);
        var firstLines = new int[count];
        var lineCounts = new int[count];
        var blanksBefore = new byte[count];
        var blanksAfter = new byte[count];
        int index = 0;
        Walk(source, firstLine, (start, lines, blanks) =>
        {
            if (index > 0)
                blanksAfter[index - 1] = Clamp(blanks);
            if (lines > 0)
            {
                (firstLines[index], lineCounts[index], blanksBefore[index]) = (start, lines, Clamp(blanks));
                index++;
            }
        });
        return new BlockList(source, firstLines, lineCounts, blanksBefore, blanksAfter);
    }

    private static byte Clamp(int blanks) => (byte)Math.Min(blanks, BlockList.MostBlankLinesCounted);

    /// <summary>
    /// Calls <paramref name="block"/> with each block's first line, its count of lines and the blank lines before it,
    /// and at the end with no lines and the blank lines after the last block.
    /// </summary>
    private static void Walk(SourceText source, int firstLine, Action<int, int, int> block)
    {
        int blockStart = 0, count = 0, blanks = 0;
        for (int number = firstLine; number <= source.LineCount; number++)
        {
            if (LineMarks.IsBlank(source.Line(number)))
            {
                if (count > 0)
                {
                    block(blockStart, count, blanks);
                    count = 0;
                    blanks = 0;
                }
                blanks++;
                continue;
            }
            if (count == 0)
                blockStart = number;
            count++;
        }
        if (count > 0)
        {
            block(blockStart, count, blanks);
            blanks = 0;
        }
        block(0, 0, blanks);
    }
}
