using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>Cuts the body of a report into blocks at blank lines (white space alone counts as blank).</summary>
internal static class BlockSplitter
{
    public static List<Block> Split(SourceText source, int firstLine)
    {
        var blocks = new List<Block>();
        int blockStart = 0, count = 0, blanks = 0, blanksBefore = 0;

        for (int number = firstLine; number <= source.LineCount; number++)
        {
            if (LineMarks.IsBlank(source.Line(number)))
            {
                if (count > 0)
                {
                    blocks.Add(new Block(source, blockStart, count, blanksBefore, 0));
                    count = 0;
                    blanks = 0;
                }
                blanks++;
                continue;
            }
            if (count == 0)
            {
                blockStart = number;
                blanksBefore = blanks;
                if (blocks.Count > 0)
                    blocks[^1] = blocks[^1] with { BlankLinesAfter = blanks };
            }
            count++;
        }

        if (count > 0)
            blocks.Add(new Block(source, blockStart, count, blanksBefore, 0));
        else if (blocks.Count > 0)
            blocks[^1] = blocks[^1] with { BlankLinesAfter = blanks };
        return blocks;
    }
}
