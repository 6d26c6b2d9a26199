using Spotlight.Text;

namespace Spotlight.Tests.Text;

public sealed class TextSpanTests
{
    [Test]
    public void A_span_runs_from_its_start_up_to_but_not_including_its_end()
    {
        var span = new TextSpan(3, 4);
        Assert.That((span.End, span.IsEmpty), Is.EqualTo((7, false)));
        Assert.That(new[] { 2, 3, 6, 7 }.Select(span.Contains), Is.EqualTo(new[] { false, true, true, false }));
        Assert.That(span, Is.EqualTo(TextSpan.FromBounds(3, 7)));
        Assert.That(span.ToString(), Is.EqualTo("[3..7)"));
    }

    [Test]
    public void An_empty_span_holds_no_position_not_even_its_own_start()
    {
        var empty = new TextSpan(5, 0);
        Assert.That((empty.IsEmpty, empty.End, empty.Contains(5)), Is.EqualTo((true, 5, false)));
        Assert.That(new TextSpan(2, 6).Contains(empty), Is.True);
    }

    [Test]
    public void Spans_overlap_when_they_share_a_character_and_not_when_they_only_touch()
    {
        var span = new TextSpan(10, 5);
        Assert.That(span.OverlapsWith(new TextSpan(14, 3)), Is.True);
        Assert.That(span.OverlapsWith(new TextSpan(15, 3)), Is.False);
        Assert.That(span.OverlapsWith(new TextSpan(7, 3)), Is.False);
        Assert.That(span.OverlapsWith(new TextSpan(7, 4)), Is.True);
        Assert.That(span.Contains(new TextSpan(12, 3)), Is.True);
        Assert.That(span.Contains(new TextSpan(12, 4)), Is.False);
    }

    [Test]
    public void A_span_cannot_start_before_the_text_or_run_backwards()
    {
        Assert.That(() => new TextSpan(-1, 2), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => TextSpan.FromBounds(5, 4), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
