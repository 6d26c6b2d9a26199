using Spotlight.Reading;
using Spotlight.Text;
using static Spotlight.Tests.Reading.BuiltPdf;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Words on a page become lines: left to right along a baseline, lines top to bottom, and a footnote number set
/// small and raised after a word glued to it, as a converter writes it.
/// </summary>
public sealed class PdfLineTests
{
    private static readonly PdfReportReader Reader = new();

    private static string[] TextOf(params Run[] runs) => [.. Lines(Reader.Read(Drawn(runs))).Select(l => l.Text)];

    [Test]
    public void Words_are_read_left_to_right_whatever_order_they_were_drawn_in()
    {
        Assert.That(TextOf(new Run("Damascus.", 11, 200, 700), new Run("arrived in", 11, 140, 700), new Run("A delegation", 11, 72, 700)),
            Is.EqualTo(new[] { "A delegation arrived in Damascus." }));
    }

    [Test]
    public void Lines_are_read_top_to_bottom_whatever_order_they_were_drawn_in()
    {
        Assert.That(TextOf(new Run("Third line", 11, 72, 672), new Run("First line", 11, 72, 700), new Run("Second line", 11, 72, 686)),
            Is.EqualTo(new[] { "First line", "Second line", "Third line" }));
    }

    [TestCase(7, 3, "the week1 ended")]
    [TestCase(8.5, 3, "the week1 ended")]
    [TestCase(9, 3, "the week 1 ended")]
    [TestCase(7, 0, "the week 1 ended")]
    [TestCase(7, 0.5, "the week 1 ended")]
    [TestCase(11, 3, "the week 1 ended")]
    public void A_small_raised_number_after_a_word_is_glued_to_it(double size, double raised, string line)
    {
        Assert.That(TextOf(new Run("the week", 11, 72, 700), new Run("1", size, 118.5, 700 + raised), new Run("ended", 11, 130, 700)),
            Is.EqualTo(new[] { line }));
    }

    [Test]
    public void A_small_raised_letter_is_not_glued()
    {
        Assert.That(TextOf(new Run("the week", 11, 72, 700), new Run("a", 7, 118.5, 703), new Run("ended", 11, 130, 700)),
            Is.EqualTo(new[] { "the week a ended" }));
    }

    [Test]
    public void A_small_word_below_a_tall_one_within_half_its_height_shares_its_line()
    {
        Assert.That(TextOf(new Run("Big", 20, 72, 700), new Run("small print", 8, 120, 694), new Run("Next line", 11, 72, 660)),
            Is.EqualTo(new[] { "Big small print", "Next line" }));
    }
}
