using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Tests.Parsing;

/// <summary>What sets a caption apart, how long one may be, and how its emphasis marks are taken off.</summary>
public sealed class CaptionTests
{
    // The written text follows one blank line after the first item (line 10), so it starts on line 12.
    private static Section Overview(string written, string gap = "\n") =>
        ParseHelper.Text($"{ParseHelper.Header}Overview\n\n► Iran condemned the attack (Fars, November 5).\n{gap}{written}\n\n► Iran sent aid (IRNA, November 6).\n")
            .Report.Sections[0];

    private const string Plain = "The ministers in Tehran. (Fars, November 5)";

    /// <summary>A caption of exactly <paramref name="length"/> characters, ending in a citation.</summary>
    private static string CaptionOf(int length)
    {
        const string tail = " (Fars, November 5)";
        string text = "The ministers met in Tehran";
        while (text.Length + tail.Length < length)
            text += " again";
        text = text[..(length - tail.Length)];
        if (text[^1] == ' ')
            text = text[..^1] + "x";
        return text + tail;
    }

    // Without extra blank lines, emphasis alone (on any line of the block) sets a caption apart.
    [TestCase("**The ministers in Tehran. (Fars, November 5)**")]
    [TestCase("__The ministers in Tehran. (Fars, November 5)__")]
    [TestCase("**The ministers in Tehran.**\n(Fars, November 5)")]
    public void Emphasis_sets_a_caption_apart(string written)
    {
        var section = Overview(written);
        Assert.That((section.Items.Length, section.Figures.Select(f => f.Caption).ToArray()), Is.EqualTo((2, new[] { Plain })));
    }

    [Test]
    public void A_line_repeated_inside_the_block_sets_it_apart()
    {
        var section = Overview("The ministers in Tehran.\nThe ministers in Tehran. (Fars, November 5)");
        Assert.That(section.Figures.Select(f => (f.Caption, f.Lines, f.Copies)), Is.EqualTo(new[] { (Plain, new LineRange(12, 13), 2) }));
    }

    // Too long for a heading, the plain copy is a caption only as the emphasised one's copy.
    [Test]
    public void A_copy_next_door_with_emphasis_is_the_same_caption()
    {
        string caption = CaptionOf(200);
        var section = Overview($"**{caption}**\n\n{caption}");
        Assert.That(section.Items.Length, Is.EqualTo(2));
        Assert.That(section.Figures.Select(f => (f.Caption, f.Lines, f.Copies)), Is.EqualTo(new[] { (caption, new LineRange(12, 14), 2) }));
    }

    /// <summary>Each copy adds its line once: the copies' lines are gathered as they come, not copied at every copy.</summary>
    [Test]
    public void A_caption_written_again_and_again_is_one_figure_on_every_line_it_is_written()
    {
        const int copies = 1000;
        var section = Overview(string.Join("\n\n", Enumerable.Repeat(Plain, copies)));
        var figure = section.Figures.Single();
        Assert.That((figure.Caption, figure.Copies, figure.Lines), Is.EqualTo((Plain, copies, new LineRange(12, 12 + 2 * (copies - 1)))));
        Assert.That(figure.SourceLines, Is.EqualTo(Enumerable.Range(0, copies).Select(i => 12 + 2 * i)));
        Assert.That(section.Items.Length, Is.EqualTo(2));
    }

    [TestCase(300, 1)]
    [TestCase(301, 0)]
    public void A_caption_set_apart_is_at_most_300_characters(int length, int figures)
    {
        string caption = CaptionOf(length);
        var section = Overview(caption, gap: "\n\n\n");
        Assert.That((section.Figures.Length, section.Items.Length), Is.EqualTo((figures, 3 - figures)));
    }

    [Test]
    public void A_caption_written_twice_may_be_twice_as_long()
    {
        string caption = CaptionOf(450);
        var section = Overview($"{caption}\n\n{caption}");
        Assert.That(section.Items.Length, Is.EqualTo(2));
        Assert.That(section.Figures.Select(f => (f.Caption, f.Copies)), Is.EqualTo(new[] { (caption, 2) }));
    }

    // Alt text written twice before the caption: the block may hold twice the limit and a few characters, no more.
    [TestCase(189, 1)]
    [TestCase(200, 0)]
    public void A_block_longer_than_a_caption_written_twice_is_no_caption(int prefix, int figures)
    {
        string caption = CaptionOf(230);
        string alt = caption[..prefix];
        var section = Overview($"{alt}\n{alt}\n{caption}");
        Assert.That(section.Figures.Select(f => f.Caption), Is.EqualTo(Enumerable.Repeat(caption, figures)));
    }

    // Lines of nothing but emphasis marks are no copies of the caption and add nothing to its text.
    [Test]
    public void Lines_of_marks_alone_add_nothing()
    {
        var section = Overview($"**\n{Plain}\n**");
        Assert.That(section.Figures.Select(f => (f.Caption, f.Lines, f.Copies)), Is.EqualTo(new[] { (Plain, new LineRange(12, 14), 1) }));
    }

    [Test]
    public void Marks_alone_set_apart_are_no_caption()
    {
        Assert.That(Overview("****", gap: "\n\n\n").Figures, Is.Empty);
    }

    // Blanks inside the marks are dropped with them; the caption's first character keeps its place in the line.
    [TestCase("** The ministers in Tehran. (Fars, November 5)**", 4)]
    [TestCase("** **The ministers in Tehran. (Fars, November 5)**", 6)]
    [TestCase("**The ministers in Tehran. (Fars, November 5) **", 3)]
    [TestCase("**The ministers in Tehran. (Fars, November 5)** **", 3)]
    public void Blanks_beside_the_marks_are_trimmed(string written, int column)
    {
        var figure = Overview(written).Figures.Single();
        Assert.That((figure.Caption, figure.PositionAt(0), figure.PositionAt(Plain.Length - 1)),
            Is.EqualTo((Plain, new LinePosition(12, column), new LinePosition(12, column + Plain.Length - 1))));
    }
}
