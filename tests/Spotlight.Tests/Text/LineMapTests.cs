using Spotlight.Text;

namespace Spotlight.Tests.Text;

public sealed class LineMapTests
{
    [Test]
    public void Every_position_of_a_line_has_that_line_and_its_column_from_one()
    {
        var map = LineMap.Of("ab\ncde\n\nf");
        Assert.That(map.Count, Is.EqualTo(4));
        Assert.That(Enumerable.Range(0, 10).Select(map.PositionOf), Is.EqualTo(new LinePosition[]
        {
            new(1, 1), new(1, 2), new(1, 3), // the line end belongs to the line it ends
            new(2, 1), new(2, 2), new(2, 3), new(2, 4),
            new(3, 1),
            new(4, 1), new(4, 2), // the end of the text
        }));
    }

    [Test]
    public void A_line_is_its_text_without_its_line_end()
    {
        var map = LineMap.Of("ab\ncde\n\nf");
        Assert.That(Enumerable.Range(1, 4).Select(map.Span), Is.EqualTo(new[]
        {
            new TextSpan(0, 2), new TextSpan(3, 3), new TextSpan(7, 0), new TextSpan(8, 1),
        }));
    }

    [Test]
    public void A_final_line_end_opens_no_line_and_the_end_of_the_text_stays_on_the_last_line()
    {
        var map = LineMap.Of("one\ntwo\n");
        Assert.That((map.Count, map.TextLength), Is.EqualTo((2, 8)));
        Assert.That(map.Span(2), Is.EqualTo(new TextSpan(4, 3)));
        Assert.That(map.PositionOf(7), Is.EqualTo(new LinePosition(2, 4)));
        Assert.That(map.PositionOf(8), Is.EqualTo(new LinePosition(2, 5)));
    }

    [Test]
    public void The_last_line_without_a_line_end_runs_to_the_end_of_the_text()
    {
        var map = LineMap.Of("one\ntwo");
        Assert.That((map.Count, map.Span(2)), Is.EqualTo((2, new TextSpan(4, 3))));
        Assert.That(map.PositionOf(7), Is.EqualTo(new LinePosition(2, 4)));
    }

    [Test]
    public void An_empty_text_has_no_lines_and_its_one_position_is_line_one_column_one()
    {
        var map = LineMap.Of("");
        Assert.That((map.Count, map.PositionOf(0)), Is.EqualTo((0, new LinePosition(1, 1))));
        Assert.That(() => map.PositionOf(1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void A_position_outside_the_text_is_refused()
    {
        var map = LineMap.Of("ab\ncd");
        Assert.That(() => map.LineOf(-1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => map.LineOf(6), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void CRLF_is_one_line_end_once_the_source_is_normalised()
    {
        var source = SourceText.From("first\r\nsecond\rthird\r\n");
        Assert.That(source.Text, Is.EqualTo("first\nsecond\nthird\n"));
        Assert.That(source.LineCount, Is.EqualTo(3));
        Assert.That(source.Lines.PositionOf(source.Text.IndexOf("third", StringComparison.Ordinal)), Is.EqualTo(new LinePosition(3, 1)));
        Assert.That(source.Line(2).ToString(), Is.EqualTo("second"));
        Assert.That(source.Line(3).ToString(), Is.EqualTo("third"));
    }

    [Test]
    public void Lines_are_found_by_binary_search_in_a_text_of_many_lines()
    {
        string text = string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 10 == 0 ? "\n" : "x\n"));
        var map = LineMap.Of(text);
        Assert.That(map.Count, Is.EqualTo(100_000));
        int position = map.Start(54_322) + 1;
        Assert.That(map.PositionOf(position), Is.EqualTo(new LinePosition(54_322, 2)));
        Assert.That(map.PositionOf(map.Start(54_321)), Is.EqualTo(new LinePosition(54_321, 1)));
    }

    /// <summary>Every start and every position against a plain list of starts, lines long and short in blocks of every kind.</summary>
    [TestCase(1, 0)]
    [TestCase(17, 0)]
    [TestCase(40, 3)]
    [TestCase(100, 7)]
    public void Starts_and_lines_are_those_of_a_plain_list_whatever_the_lengths_of_the_lines(int lines, int seed)
    {
        var random = new Random(seed);
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            // Now and then a line longer than two bytes of offset reach, at any place in a block of sixteen.
            int length = random.Next(10) == 0 ? 70_000 + random.Next(1000) : random.Next(5);
            text.Append('x', length).Append('\n');
        }
        if (seed % 2 == 1)
            text.Length--;
        string s = text.ToString();
        var starts = new List<int> { 0 };
        for (int i = s.IndexOf('\n'); i >= 0 && i + 1 < s.Length; i = s.IndexOf('\n', i + 1))
            starts.Add(i + 1);
        var map = LineMap.Of(s);

        Assert.That(map.Count, Is.EqualTo(starts.Count));
        Assert.That(Enumerable.Range(1, map.Count).Select(map.Start), Is.EqualTo(starts));
        var positions = Enumerable.Range(0, 2000).Select(_ => random.Next(s.Length + 1)).Concat(starts).Append(s.Length);
        foreach (int position in positions)
        {
            int expected = Math.Max(starts.FindLastIndex(start => start <= position) + 1, 1);
            Assert.That(map.LineOf(position), Is.EqualTo(expected), $"position {position}");
        }
    }

    [Test]
    public void A_line_outside_the_text_is_refused()
    {
        var map = LineMap.Of("ab\ncd");
        Assert.Throws<ArgumentOutOfRangeException>(() => map.Start(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.Start(0));
    }
}
