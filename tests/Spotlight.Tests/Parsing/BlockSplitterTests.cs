using Spotlight.Parsing;
using Spotlight.Text;

namespace Spotlight.Tests.Parsing;

public sealed class BlockSplitterTests
{
    [TestCase("a\nb\n\n\nc\n", new[] { 1, 2, 0, 2, 5, 1, 2, 0 })]
    [TestCase("a\n\nc\n\n\n", new[] { 1, 1, 0, 1, 3, 1, 1, 2 })]
    [TestCase("\n\n", new int[0])]
    public void Blocks_and_the_blank_lines_around_them(string text, int[] expected)
    {
        var blocks = BlockSplitter.Split(SourceText.From(text), 1);
        Assert.That(blocks.SelectMany(b => new[] { b.FirstLine, b.LineCount, b.BlankLinesBefore, b.BlankLinesAfter }), Is.EqualTo(expected));
    }

    [Test]
    public void Blank_lines_are_counted_up_to_a_byte()
    {
        var blocks = BlockSplitter.Split(SourceText.From("a\n" + new string('\n', 300) + "b\n" + new string('\n', 254) + "c\n"), 1);
        Assert.That(blocks.Select(b => (b.FirstLine, b.BlankLinesBefore, b.BlankLinesAfter)),
            Is.EqualTo(new[] { (1, 0, 255), (302, 255, 254), (557, 254, 0) }));
    }
}
