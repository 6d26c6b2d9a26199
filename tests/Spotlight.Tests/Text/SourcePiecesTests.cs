using Spotlight.Text;

namespace Spotlight.Tests.Text;

public sealed class SourcePiecesTests
{
    /// <summary>
    /// Pieces in text order with steps of every kind a map holds: the usual few characters, none (an empty piece),
    /// a step past two bytes in the text or the source, and a source offset that goes back.
    /// </summary>
    private static List<SourceSegment> Pieces(int count, int seed)
    {
        var random = new Random(seed);
        var pieces = new List<SourceSegment>(count);
        int text = random.Next(100), source = random.Next(100);
        for (int i = 0; i < count; i++)
        {
            pieces.Add(new SourceSegment(text, source));
            (int textStep, int sourceStep) = random.Next(40) switch
            {
                0 => (0, random.Next(4)),
                1 => (random.Next(65_536, 200_000), random.Next(1, 10)),
                2 => (random.Next(1, 10), random.Next(65_536, 200_000)),
                3 => (random.Next(1, 10), -random.Next(1, 500)),
                _ => (random.Next(1, 4), random.Next(1, 5)),
            };
            (text, source) = (text + textStep, Math.Max(0, source + sourceStep));
        }
        return pieces;
    }

    private static SourcePieces Built(IEnumerable<SourceSegment> pieces)
    {
        var builder = new SourcePieces.Builder();
        foreach (var piece in pieces)
            builder.Add(piece);
        return builder.ToPieces();
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(5)]
    [TestCase(SourcePieces.MostInArray)]
    [TestCase(SourcePieces.MostInArray + 1)]
    [TestCase(SourcePieces.MostInArray * 2 + 17)]
    [TestCase(100_000)]
    public void Every_piece_added_is_kept_in_order(int count)
    {
        var expected = Pieces(count, count);
        var builder = new SourcePieces.Builder();
        foreach (var piece in expected)
            builder.Add(piece);
        Assert.That((builder.Count, builder.Last), Is.EqualTo((count, count == 0 ? default : expected[^1])));
        var pieces = builder.ToPieces();
        Assert.That(pieces.Count, Is.EqualTo(count));
        Assert.That(pieces, Is.EqualTo(expected), "in order");
        Assert.That(Enumerable.Range(0, count).Select(i => pieces[i]), Is.EqualTo(expected), "each by its index");
        Assert.That(() => pieces[count], Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(3)]
    [TestCase(SourcePieces.MostInArray + 40)]
    [TestCase(50_000)]
    public void The_piece_at_an_offset_is_the_last_that_starts_at_or_before_it(int count)
    {
        var expected = Pieces(count, 7 * count);
        var pieces = Built(expected);
        var random = new Random(count);
        int end = expected[^1].TextOffset + 5;
        var offsets = Enumerable.Range(0, 3000).Select(_ => random.Next(-3, end))
            .Concat(Enumerable.Range(0, 1000).Select(_ => expected[random.Next(count)].TextOffset + random.Next(-1, 2)));
        foreach (int offset in offsets)
        {
            int last = expected.FindLastIndex(piece => piece.TextOffset <= offset);
            Assert.That(pieces.IndexAt(offset), Is.EqualTo(Math.Max(0, last)), $"offset {offset}");
        }
    }

    [Test]
    public void Pieces_given_whole_are_kept_as_given()
    {
        SourcePieces pieces = [new SourceSegment(0, 4), new SourceSegment(3, 9)];
        Assert.That((pieces.Count, pieces[1], pieces.IndexAt(2)), Is.EqualTo((2, new SourceSegment(3, 9), 0)));
        Assert.That(SourcePieces.Empty.Count, Is.EqualTo(0));
        Assert.That(new SourcePieces.Builder().ToPieces(), Is.SameAs(SourcePieces.Empty));
    }

    /// <summary>A paragraph of a million hyphen breaks is a million pieces, never copied whole when finished.</summary>
    [Test]
    public void A_million_pieces_are_not_copied_when_finished()
    {
        const int count = 1_000_000;
        var builder = new SourcePieces.Builder();
        for (int i = 0; i < count; i++)
            builder.Add(new SourceSegment(2 * i, 3 * i));
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pieces = builder.ToPieces();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        builder = null;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.That(allocated, Is.LessThan(64 * 1024), "finishing copies no more than the last chunk and the list of chunks");
        Assert.That(after, Is.LessThan(before + 16 * 1024), "the builder's chunks are the pieces'");
        Assert.That(pieces[count - 1], Is.EqualTo(new SourceSegment(2 * (count - 1), 3 * (count - 1))));
        GC.KeepAlive(pieces);
    }

    /// <summary>Kept in about four bytes a piece, where an array takes eight.</summary>
    [Test]
    public void A_million_pieces_take_under_five_bytes_each()
    {
        const int count = 1_000_000;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var pieces = Built(Enumerable.Range(0, count).Select(i => new SourceSegment(2 * i, 3 * i)));
        long held = GC.GetTotalMemory(forceFullCollection: true) - before;
        Assert.That(held, Is.LessThan(5L * count).And.GreaterThan(3L * count));
        GC.KeepAlive(pieces);
    }
}
