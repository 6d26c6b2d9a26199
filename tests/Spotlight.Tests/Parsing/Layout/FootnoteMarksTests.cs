using Spotlight.Parsing.Layout;

namespace Spotlight.Tests.Parsing.Layout;

/// <summary>
/// Which footnote marks a text carries, and so which lines open a footnote: each written form of a mark (a number
/// glued to a word, in brackets, in superscript), what may stand between the word and the number, what may follow
/// it, and the edges of the text.
/// </summary>
public sealed class FootnoteMarksTests
{
    /// <summary>The mark and where its text starts, if <paramref name="line"/> opens a footnote of <paramref name="text"/>.</summary>
    private static (string Mark, int TextStart)? Opening(string text, string line) =>
        FootnoteMarks.In(text).TryOpen(line, out string mark, out int start) ? (mark, start) : null;

    [TestCase("Main events of the week1\n", "1 Figures as published.", "1")]
    [TestCase("Main events of the week12 in Syria\n", "12 Figures as published.", "12")]
    [TestCase("as the ministry said.1 Then\n", "1 Figures as published.", "1")]
    [TestCase("as the ministry said,2 and\n", "2 Figures as published.", "2")]
    [TestCase("as the ministry said;3 and\n", "3 Figures as published.", "3")]
    [TestCase("as the ministry said:4 and\n", "4 Figures as published.", "4")]
    [TestCase("as the ministry said”5 and\n", "5 Figures as published.", "5")]
    [TestCase("as the ministry said’6 and\n", "6 Figures as published.", "6")]
    [TestCase("as the ministry said\"7 and\n", "7 Figures as published.", "7")]
    [TestCase("the week1. Then\n", "1 Figures as published.", "1")]
    [TestCase("the week1, then\n", "1 Figures as published.", "1")]
    [TestCase("the week1; then\n", "1 Figures as published.", "1")]
    [TestCase("the week1: then\n", "1 Figures as published.", "1")]
    [TestCase("(the week1) then\n", "1 Figures as published.", "1")]
    [TestCase("Overview[1] of the week\n", "[1] Figures as published.", "[1]")]
    [TestCase("Overview[1] of the week\n", "1 Figures as published.", "1")]
    [TestCase("Overview[12] of the week\n", "[12] Figures as published.", "[12]")]
    [TestCase("[3] opens the text\n", "[3] Figures as published.", "[3]")]
    [TestCase("Iran¹ said\n", "¹ Figures as published.", "¹")]
    [TestCase("Iran² said\n", "² Figures as published.", "²")]
    [TestCase("Iran³ said\n", "³ Figures as published.", "³")]
    [TestCase("Iran⁴ said\n", "⁴ Figures as published.", "⁴")]
    [TestCase("Iran⁹ said\n", "⁹ Figures as published.", "⁹")]
    [TestCase("Iran¹⁰ said\n", "¹⁰ Figures as published.", "¹⁰")]
    [TestCase("Iran¹² said\n", "¹² Figures as published.", "¹²")]
    [TestCase("Iran¹² said\n", "12 Figures as published.", "12")]
    [TestCase("the week4 in Syria\n", "⁴ Figures as published.", "⁴")]
    [TestCase("the week7 in Syria\n", "⁷ Figures as published.", "⁷")]
    [TestCase("Iran¹", "¹ Figures as published.", "¹")]
    [TestCase("of the week1", "1 Figures as published.", "1")]
    [TestCase("in March 2019¹ Iran\n", "¹ Figures as published.", "¹")]
    [TestCase("x1 opens the text\n", "1 Figures as published.", "1")]
    [TestCase("the week1 in Syria\n", "1 “Figures” as published.", "1")]
    public void A_line_opens_a_footnote_for_a_mark_the_text_carries(string text, string line, string mark) =>
        Assert.That(Opening(text, line), Is.EqualTo((mark, mark.Length + 1)), "each line is the mark, a space, then the text");

    [TestCase("the week1 in Syria\n", "2 Figures as published.")]
    [TestCase("of 12 men in Syria\n", "12 Figures as published.")]
    [TestCase("in 2019 Iran said\n", "19 Figures as published.")]
    [TestCase("12 men in Syria\n", "12 Figures as published.")]
    [TestCase("a new mp3s file\n", "3 Figures as published.")]
    [TestCase("see [1a] in Syria\n", "1 Figures as published.")]
    [TestCase("see [] in Syria\n", "1 Figures as published.")]
    [TestCase("see [1", "1 Figures as published.")]
    [TestCase("see [", "1 Figures as published.")]
    [TestCase("Iran¹² said\n", "² Figures as published.")]
    [TestCase("Iran¹² said\n", "¹ Figures as published.")]
    [TestCase("Iran¹ said\n", "1Figures as published.")]
    [TestCase("the week1 in Syria\n", "1figures as published.")]
    [TestCase("the week1 in Syria\n", "1")]
    public void A_line_opens_no_footnote_for_a_mark_the_text_does_not_carry(string text, string line) =>
        Assert.That(Opening(text, line), Is.Null);

    [TestCase("the week1 in Syria\n", "1 Figures as published.", true)]
    [TestCase("the week1 in Syria\n", "2 Figures as published.", false)]
    [TestCase("the week1 in Syria\n", "Figures 1 as published.", false)]
    [TestCase("the week1 in Syria\n", "1", false)]
    public void Opens_answers_as_TryOpen(string text, string line, bool opens) =>
        Assert.That(FootnoteMarks.In(text).Opens(line), Is.EqualTo(opens));

    [TestCase("1 Figures as published.", "1", "Figures as published.")]
    [TestCase("[2]  Figures as published. ", "[2]", "Figures as published.")]
    [TestCase("³Figures as published.", "³", "Figures as published.")]
    [TestCase("Source: the ministry", "", "Source: the ministry")]
    public void A_footnote_line_splits_into_its_mark_and_its_text(string line, string mark, string text) =>
        Assert.That(FootnoteMarks.Split(line), Is.EqualTo((mark, text)));

    // One blank line above the heading, not ParseHelper.Header's two: with two, this heading and its bullet are read
    // as one caption, a parser question of its own.
    private const string Header = "Spotlight on Iran\n\nMarch 3, 2019 – March 17, 2019\n\nAuthor: Dr. Jane Roe\n\n";

    [TestCase("¹", "¹")]
    [TestCase("[2]", "[2]")]
    [TestCase("⁴", "4")]
    public void A_report_s_footnote_keeps_the_mark_its_line_opens_with(string inText, string onLine)
    {
        var report = ParseHelper.Text(Header + $"Main events of the week{inText}\n• Iran sent advisers to the front (Fars, March 5).\n\n"
            + $"{onLine} Figures in this section are as published.\n").Report;
        Assert.Multiple(() =>
        {
            Assert.That(report.Footnotes!.Value.Select(f => (f.Mark, f.Text, f.Lines)),
                Is.EqualTo(new[] { (onLine, "Figures in this section are as published.", new Model.LineRange(10, 10)) }));
            Assert.That(report.Sections.Single().Heading, Is.EqualTo("Main events of the week"));
        });
    }
}
