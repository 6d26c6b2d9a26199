using Spotlight.Parsing;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Parsing;

public sealed class JoinedTextTests
{
    private static readonly LineJoiner Joiner = new("", SeriesProfiles.Iran.Words);

    [Test]
    public void A_continuation_lands_from_its_first_non_blank_character()
    {
        // "  beta" stands at source offset 100, so its "b" at 102; "ta" is a piece of its own at 200.
        var text = new JoinedText("alpha", new SourceMap(null, [new SourceSegment(0, 0)]));
        text.Append("  beta", new SourceMap(null, [new SourceSegment(0, 100), new SourceSegment(4, 200)]), Joiner);
        var (joined, map) = text.Finish();
        Assert.That(joined, Is.EqualTo("alpha beta"));
        Assert.That(map.Segments, Is.EqualTo(new[] { new SourceSegment(0, 0), new SourceSegment(6, 102), new SourceSegment(8, 200) }));
        Assert.That(text.Finish(), Is.EqualTo((joined, map)), "finished, it gives the same again");
    }

    [Test]
    public void A_first_text_without_a_map_still_places_what_is_joined_to_it()
    {
        var text = new JoinedText("alpha", default);
        text.Append("beta", new SourceMap(null, [new SourceSegment(0, 50)]), Joiner);
        var (joined, map) = text.Finish();
        Assert.That((joined, map.Segments.ToArray()), Is.EqualTo(("alpha beta", new[] { new SourceSegment(6, 50) })));
    }

    [Test]
    public void Lines_joined_where_their_ends_become_spaces_stay_one_piece()
    {
        // "one\ntwo\nthree\n": each line's start is where the text's space put before it lands, so the map keeps one piece.
        var text = new JoinedText("one", new SourceMap(null, [new SourceSegment(0, 0)]));
        text.Append("two", 4, Joiner);
        text.Append("three", 8, Joiner);
        var (joined, map) = text.Finish();
        Assert.That((joined, map.Segments.ToArray()), Is.EqualTo(("one two three", new[] { new SourceSegment(0, 0) })));
    }

    [Test]
    public void A_line_that_does_not_go_on_where_the_last_stands_starts_a_piece()
    {
        // "a\n\nb\n  c": the blank line and the indent each move the source ahead of the text.
        var text = new JoinedText("a", new SourceMap(null, [new SourceSegment(0, 0)]));
        text.Append("b", 3, Joiner);
        text.Append("  c", 5, Joiner);
        Assert.That(text.Finish().Map.Segments, Is.EqualTo(new[] { new SourceSegment(0, 0), new SourceSegment(2, 3), new SourceSegment(4, 7) }));
    }
}
