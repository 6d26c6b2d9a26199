using Spotlight.Parsing;
using Spotlight.Text;

namespace Spotlight.Tests.Parsing;

public sealed class SegmentBufferTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(8)]
    [TestCase(9)]
    [TestCase(2048 + 4096)]
    [TestCase(100_000)]
    public void Every_piece_added_is_kept_in_order_after_the_first(int added)
    {
        var buffer = new SegmentBuffer([new SourceSegment(0, 7)]);
        for (int i = 1; i <= added; i++)
            buffer.Add(new SourceSegment(i, 2 * i));
        var all = buffer.ToImmutable();
        Assert.That((buffer.Count, all.Length, buffer.Last), Is.EqualTo((added + 1, added + 1, added == 0 ? new SourceSegment(0, 7) : new SourceSegment(added, 2 * added))));
        Assert.That(all.Skip(1), Is.EqualTo(Enumerable.Range(1, added).Select(i => new SourceSegment(i, 2 * i))));
        Assert.That(all[0], Is.EqualTo(new SourceSegment(0, 7)));
    }

    [Test]
    public void A_text_without_a_first_map_starts_empty()
    {
        var buffer = new SegmentBuffer(default);
        Assert.That((buffer.Count, buffer.ToImmutable().Length), Is.EqualTo((0, 0)));
    }
}
