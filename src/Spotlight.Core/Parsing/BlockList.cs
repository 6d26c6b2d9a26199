using System.Collections;
using Spotlight.Text;

namespace Spotlight.Parsing;

/// <summary>
/// The blocks of a report's body, held as numbers (ten bytes a block) and made into a <see cref="Block"/> when asked.
/// A report of many short paragraphs has a block every few bytes, and a list of block objects held more than the
/// text itself.
/// </summary>
internal sealed class BlockList(SourceText source, int[] firstLines, int[] lineCounts, byte[] blanksBefore, byte[] blanksAfter)
    : IReadOnlyList<Block>
{
    /// <summary>
    /// Blank lines are counted up to this many: what reads them asks only whether there are two, and a byte a block
    /// keeps the list small.
    /// </summary>
    public const int MostBlankLinesCounted = byte.MaxValue;

    public int Count => firstLines.Length;

    public Block this[int index] => new(source, firstLines[index], lineCounts[index], blanksBefore[index], blanksAfter[index]);

    public IEnumerator<Block> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
