namespace Spotlight.Tests.Parsing.Layout;

/// <summary>
/// What the layout pass decides of a line from the document around it: where a paragraph ends (sentence ends, page
/// lines, the width a text is wrapped at), headings above bullets, running headers, footnote lines and captions.
/// </summary>
public sealed class LayoutPassTests
{
    private static string Outline(string body) => TreeOutline.Of(ParseHelper.Text(ParseHelper.Header + body));

    private static IEnumerable<(string?, string, int, int)> Items(string body) =>
        ParseHelper.Text(ParseHelper.Header + body).Report.Sections.SelectMany(s => s.Items)
            .Select(i => (i.Marker, i.Text, i.Lines.First, i.Lines.Last));

    /// <summary>A line of exactly <paramref name="length"/> characters of words, ending with <paramref name="end"/>.</summary>
    private static string Line(int length, string end = "")
    {
        const string words = "Iran said that the talks with the European parties would resume next week in Vienna and ";
        string text = string.Concat(Enumerable.Repeat(words, 4))[..(length - end.Length)];
        return (text.EndsWith(' ') ? text[..^1] + "x" : text) + end;
    }

    /// <summary>Lines of a paragraph, the last two a sentence that ends on a line 40 long and one that opens another.</summary>
    private static string Paragraph(params string[] wrapped) =>
        string.Join('\n', wrapped.Append(Line(40, ".")).Append("Next sentence starts here.")) + "\n";

    [Test]
    public void A_page_line_between_two_sentences_leaves_them_two_paragraphs()
    {
        Assert.That(Outline("Overview\n\nFirst paragraph ends here.\n3\nSecond paragraph starts here.\n"), Does.Contain("""
              item overview-1 (no marker) [10-10] "First paragraph ends here."
              item overview-2 (no marker) [12-12] "Second paragraph starts here."
            furniture page-number [11-11] "3"
            """));
    }

    [Test]
    public void A_heading_shaped_line_after_a_whole_sentence_and_above_a_bullet_is_a_heading()
    {
        Assert.That(Outline("Overview\n\nSome paragraph ends.\nProtests in Tehran\n• A point.\n"), Does.Contain("""
            section overview summary "Overview" (no region) [8-10]
              item overview-1 (no marker) [10-10] "Some paragraph ends."
            section protests-in-tehran topic "Protests in Tehran" (no region) [11-12]
              item protests-in-tehran-1 • [12-12] "A point."
            """));
    }

    [Test]
    public void A_line_opening_with_a_number_after_a_whole_sentence_opens_a_paragraph()
    {
        Assert.That(Items("Overview\n\nFirst ends here.\n2021 was a year.\n"), Is.EqualTo(new (string?, string, int, int)[]
        {
            (null, "First ends here.", 10, 10), (null, "2021 was a year.", 11, 11),
        }));
    }

    /// <summary>A bracket before a lower-case word: the sentence goes on, whatever ended before it.</summary>
    [Test]
    public void A_line_opening_in_lower_case_after_a_bracket_continues_the_paragraph()
    {
        Assert.That(Items("Overview\n\nFirst ends here.\n(and goes on.)\n"), Is.EqualTo(new (string?, string, int, int)[]
        {
            (null, "First ends here. (and goes on.)", 10, 11),
        }));
    }

    /// <summary>A footnote opens a block or follows a page line; inside a bullet, "1 …" is the bullet's text.</summary>
    [Test]
    public void A_line_shaped_like_a_footnote_inside_a_bullet_is_its_text()
    {
        var tree = ParseHelper.Text(ParseHelper.Header + "Overview\n\n• Iran said so[1] more.\n1 Figures come from IRNA.\n");
        Assert.That(tree.Report.Sections.Single().Items.Single().Text, Is.EqualTo("Iran said so[1] more. 1 Figures come from IRNA."));
        Assert.That(tree.Report.Footnotes, Is.Null);
    }

    /// <summary>A line written twice in a row is a copy (a web page's alt text), not a header repeated on every page.</summary>
    [Test]
    public void A_heading_shaped_line_written_twice_in_a_row_is_no_running_header()
    {
        var report = ParseHelper.Text(ParseHelper.Header + "Overview\n\nProtests in Tehran\n\nProtests in Tehran\n\n• A point.\n").Report;
        Assert.That(report.Sections.Select(s => (s.Heading, s.Items.Length)), Is.EqualTo(new (string?, int)[]
        {
            ("Overview", 0), ("Protests in Tehran", 0), ("Protests in Tehran", 1),
        }));
        Assert.That(report.Furniture, Is.Null);
    }

    /// <summary>Only a line standing alone can be a running header; the first line of a paragraph written again later is not one.</summary>
    [Test]
    public void The_first_line_of_a_paragraph_written_alone_later_is_no_running_header()
    {
        var report = ParseHelper.Text(ParseHelper.Header + "Overview\n\nSyria Notes\nIran said so.\n\n• A point.\n\nSyria Notes\n\n• B point.\n").Report;
        Assert.That(report.Sections.Select(s => s.Heading), Is.EqualTo(new[] { "Overview", "Syria Notes" }));
        Assert.That(report.Furniture, Is.Null);
    }

    [Test]
    public void A_heading_shaped_line_ending_with_a_citation_is_a_caption()
    {
        Assert.That(Outline("Overview\n\n• A point.\n\nProtests in Tehran (Fars, March 5)\n\n• B point.\n"), Does.Contain("""
              item overview-1 • [10-10] "A point."
              item overview-2 • [14-14] "B point."
              figure overview-fig-1 [12-12] "Protests in Tehran (Fars, March 5)"
            """));
    }

    /// <summary>
    /// Text wrapped at 50 columns: a sentence that ends on a line of 40 (four fifths of the width) ended at the margin
    /// by chance, and the next line goes on with the paragraph; one that ends on a line of 39 ends the paragraph.
    /// </summary>
    [TestCase(40, 1)]
    [TestCase(39, 2)]
    public void A_sentence_ending_near_the_wrap_width_goes_on_with_the_paragraph(int length, int paragraphs)
    {
        string body = "Overview\n\n" + string.Join('\n', Line(50), Line(50), Line(50), Line(length, "."), "Next sentence starts here.") + "\n";
        Assert.That(Items(body).Count(), Is.EqualTo(paragraphs));
    }

    /// <summary>A line of 65 (1.3 times the width) is still one the text was wrapped at; a longer line was never wrapped.</summary>
    [TestCase(65, 1)]
    [TestCase(66, 2)]
    public void A_sentence_ending_on_a_line_longer_than_the_wrap_width_goes_on_up_to_a_limit(int length, int paragraphs)
    {
        string body = "Overview\n\n" + string.Join('\n', Line(50), Line(50), Line(50), Line(length, "."), "Next sentence starts here.") + "\n";
        Assert.That(Items(body).Count(), Is.EqualTo(paragraphs));
    }

    /// <summary>The width is the median of the lines that break mid-sentence: 50 here, whatever order they come in.</summary>
    [Test]
    public void The_wrap_width_is_the_median_of_the_lines_ending_mid_sentence()
    {
        Assert.That(Items("Overview\n\n" + Paragraph(Line(50), Line(50), Line(90), Line(90), Line(35))).Count(), Is.EqualTo(1));
    }

    /// <summary>A block's last line, whole sentences and lines shorter than 31 tell nothing of the width.</summary>
    [Test]
    public void Last_lines_and_whole_sentences_are_no_evidence_of_the_wrap_width()
    {
        string bullets = string.Concat(Enumerable.Repeat("\n• " + Line(98) + "\n", 4));
        string sentences = "\n" + string.Concat(Enumerable.Repeat(Line(100, ".") + "\n", 4)) + "The end.\n";
        Assert.That(Items("Overview\n\n" + Paragraph(Line(50), Line(50), Line(50)) + bullets).Count(), Is.EqualTo(1 + 4));
        Assert.That(Items("Overview\n\n" + Paragraph(Line(50), Line(50), Line(50)) + sentences).Count(), Is.EqualTo(1 + 5));
    }

    /// <summary>
    /// A block holding one caption line four times (1,200 characters) next to a copy of itself is a caption written
    /// twice; one character longer per line, the pair is too long for a caption and its lines are paragraphs.
    /// </summary>
    [TestCase(300, 1, 2)]
    [TestCase(301, 0, 10)]
    public void A_caption_written_four_times_in_each_of_two_blocks_is_one_figure_up_to_a_length(int length, int figures, int items)
    {
        string caption = Line(length - 13) + " (IRNA, Ma 9)";
        string block = string.Join('\n', Enumerable.Repeat(caption, 4));
        var section = ParseHelper.Text(ParseHelper.Header + $"Overview\n\n• A point.\n\n{block}\n\n{block}\n\n• B point.\n").Report.Sections.Single();
        Assert.That((section.Figures.Length, section.Items.Length), Is.EqualTo((figures, items)));
    }
}
