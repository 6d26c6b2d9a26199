using Spotlight.Text;

namespace Spotlight.Tests.Text;

public sealed class SourceMapTests
{
    // "► Tehran said the coun-" / "try would" / "respond." joined as "Tehran said the country would respond."
    private const string Source = "► Tehran said the coun-\n  try would\nrespond.\n";
    private static readonly LineMap Lines = LineMap.Of(Source);
    private static readonly SourceMap Map = new(Lines, [new SourceSegment(0, 2), new SourceSegment(20, 26), new SourceSegment(30, 36)]);

    [Test]
    public void Each_offset_of_the_text_stands_where_its_piece_puts_it()
    {
        Assert.That(Map.PositionOf(0), Is.EqualTo(new LinePosition(1, 3)));
        Assert.That(Map.PositionOf(16), Is.EqualTo(new LinePosition(1, 19)), "'c' of coun-");
        Assert.That(Map.PositionOf(20), Is.EqualTo(new LinePosition(2, 3)), "'t' of try, after the hyphen is dropped");
        Assert.That(Map.PositionOf(24), Is.EqualTo(new LinePosition(2, 7)), "'w' of would");
        Assert.That(Map.PositionOf(30), Is.EqualTo(new LinePosition(3, 1)));
        Assert.That(Map.SourceOffsetOf(37), Is.EqualTo(Source.IndexOf('.')));
    }

    [Test]
    public void A_space_the_join_put_in_stands_just_past_the_piece_before_it()
    {
        // The text's offset 29 is the space between "would" and "respond": past "would", on the line it ends.
        Assert.That(Map.PositionOf(29), Is.EqualTo(new LinePosition(2, 12)));
    }

    [Test]
    public void Each_piece_names_its_line_once()
    {
        Assert.That(Map.PieceLines(38), Is.EqualTo(new[] { 1, 2, 3 }));
        var twoPiecesOnALine = new SourceMap(Lines, [new SourceSegment(0, 2), new SourceSegment(5, 10), new SourceSegment(9, 26)]);
        Assert.That(twoPiecesOnALine.PieceLines(12), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_piece_of_lines_joined_where_their_ends_became_spaces_names_each_line()
    {
        // "a\nbb\nc\n" joined as "a bb c": one piece, text and source advancing together.
        var lines = LineMap.Of("a\nbb\nc\n");
        var oneLine = new SourceMap(lines, [new SourceSegment(0, 0)]);
        Assert.That(oneLine.PieceLines(6), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(oneLine.PieceLines(4), Is.EqualTo(new[] { 1, 2 }), "a text that ends in the second line");
        Assert.That(SourceMap.Continues(new SourceSegment(0, 0), new SourceSegment(2, 2)), Is.True);
        Assert.That(SourceMap.Continues(new SourceSegment(0, 0), new SourceSegment(2, 3)), Is.False, "a hyphen dropped between");
    }

    [Test]
    public void The_span_of_the_lines_is_the_first_and_last_the_pieces_name()
    {
        var twoPiecesOnALine = new SourceMap(Lines, [new SourceSegment(0, 2), new SourceSegment(5, 10), new SourceSegment(9, 26)]);
        var lines = LineMap.Of("a\nbb\nc\n");
        var oneLine = new SourceMap(lines, [new SourceSegment(0, 0)]);
        // Pieces in an order other than the lines': the map of a text whose later piece stands higher in the source.
        var backwards = new SourceMap(Lines, [new SourceSegment(0, 26), new SourceSegment(4, 2)]);
        foreach (var (map, length) in new[] { (Map, 38), (twoPiecesOnALine, 12), (oneLine, 6), (oneLine, 4), (backwards, 8) })
        {
            var all = map.PieceLines(length);
            Assert.That(map.PieceLineSpan(length), Is.EqualTo((all.Min(), all.Max())), $"{length}");
        }
        Assert.That(backwards.PieceLineSpan(8), Is.EqualTo((1, 2)), "the second piece stands on the first line");
        Assert.That(default(SourceMap).PieceLineSpan(0), Is.Null);
    }

    [Test]
    public void A_map_without_pieces_places_nothing()
    {
        Assert.That((default(SourceMap).IsEmpty, default(SourceMap).PositionOf(3), default(SourceMap).SourceOffsetOf(3)),
            Is.EqualTo((true, default(LinePosition), -1)));
        Assert.That(default(SourceMap).PieceLines(0), Is.Empty);
    }
}
