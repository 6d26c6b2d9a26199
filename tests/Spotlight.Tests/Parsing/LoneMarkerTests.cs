using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Tests.Parsing;

/// <summary>
/// A bullet glyph alone on its line with the item's text on the next line (or after a blank line), as PDF-to-text
/// converters write it: the glyph is the item's marker, never the start of its text; a glyph with no text after it
/// in its section is no item, and its line is kept as markup.
/// </summary>
public sealed class LoneMarkerTests
{
    private const string Top = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nOverview\n\n";

    private static Item OnlyItem(ReportTree tree) => tree.Report.Sections.SelectMany(s => s.Items).Single();

    [Test]
    public void A_glyph_alone_above_its_text_is_the_items_marker()
    {
        var tree = ParseHelper.Text(Top + "►\nIran said so (Fars, November 5).\n");
        var item = OnlyItem(tree);
        Assert.That((item.Marker, item.Text, item.Lines.First, item.Lines.Last),
            Is.EqualTo(("►", "Iran said so (Fars, November 5).", 7, 8)));
        // The text starts at column 1 of line 8, and its citation is placed there too.
        Assert.That(item.PositionAt(0), Is.EqualTo(new LinePosition(8, 1)));
        Assert.That(item.Sources.Single().Start, Is.EqualTo(14));
        Assert.That(item.SourceLines, Is.EqualTo(new[] { 7, 8 }));
        Assert.That(tree.Report.Furniture, Is.Null);
    }

    [Test]
    public void A_glyph_alone_above_a_blank_line_and_its_text_is_the_items_marker()
    {
        var tree = ParseHelper.Text(Top + "►\n\nIran said so (Fars, November 5).\n");
        var item = OnlyItem(tree);
        Assert.That((item.Marker, item.Text, item.Lines.First, item.Lines.Last),
            Is.EqualTo(("►", "Iran said so (Fars, November 5).", 7, 9)));
        Assert.That(item.PositionAt(0), Is.EqualTo(new LinePosition(9, 1)));
        Assert.That(tree.Report.Furniture, Is.Null);
    }

    /// <summary>The text below the blank line is the item's even where it has the shape of a heading.</summary>
    [Test]
    public void Text_shaped_like_a_heading_below_a_lone_glyph_and_a_blank_line_is_the_items_text()
    {
        var tree = ParseHelper.Text(Top + "•\n\nProtests in Tehran\n\n• Second point.\n");
        var items = tree.Report.Sections.SelectMany(s => s.Items).Select(i => (i.Marker, i.Text, i.Lines.First, i.Lines.Last));
        Assert.That(items, Is.EqualTo(new[] { ("•", "Protests in Tehran", 7, 9), ("•", "Second point.", 11, 11) }));
        Assert.That(tree.Report.Sections.Select(s => s.Id), Is.EqualTo(new[] { "overview" }));
    }

    [Test]
    public void A_glyph_with_nothing_after_it_before_the_next_heading_is_markup_not_an_item()
    {
        var tree = ParseHelper.Text(Top + "• First point.\n\n►\n\nIranian Involvement in Iraq\n\n• Second point.\n");
        Assert.That(TreeOutline.Of(tree), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2021-11-04..2021-11-18 "November 4, 2021 – November 18, 2021" @3
            section overview summary "Overview" (no region) [5-7]
              item overview-1 • [7-7] "First point."
            section iraq region "Iranian Involvement in Iraq" Iraq [11-13]
              item iraq-1 • [13-13] "Second point."
            furniture markup [9-9] "►"
            finding SPT004 @3
            """ + "\n"));
    }

    [Test]
    public void A_glyph_alone_at_the_end_of_the_input_or_before_another_bullet_is_markup()
    {
        var tree = ParseHelper.Text(Top + "▪\n▪ First point.\n\n▪\n");
        var item = OnlyItem(tree);
        Assert.That((item.Marker, item.Text, item.Lines.First, item.Lines.Last), Is.EqualTo(("▪", "First point.", 8, 8)));
        Assert.That(tree.Report.Furniture!.Value.Select(f => (f.Kind, f.Text, f.Lines.First)),
            Is.EqualTo(new[] { (FurnitureKind.Markup, "▪", 7), (FurnitureKind.Markup, "▪", 10) }));
    }

    /// <summary>A page line between the glyph and its text is set aside; the text is still the glyph's item.</summary>
    [Test]
    public void A_page_number_between_a_lone_glyph_and_its_text_is_furniture_and_the_item_goes_on()
    {
        var tree = ParseHelper.Text(Top + "•\n\n3\n\nIran said so.\n");
        var item = OnlyItem(tree);
        Assert.That((item.Marker, item.Text, item.Lines.First, item.Lines.Last), Is.EqualTo(("•", "Iran said so.", 7, 11)));
        Assert.That(tree.Report.Furniture!.Value.Select(f => (f.Kind, f.Text)), Is.EqualTo(new[] { (FurnitureKind.PageNumber, "3") }));
    }

    [TestCase("►")]
    [TestCase("▶")]
    [TestCase("•")]
    [TestCase("▪")]
    [TestCase("-")]
    [TestCase("–")]
    [TestCase("*")]
    [TestCase("- ▶")]
    [TestCase("1.")]
    [TestCase("12.")]
    [TestCase("\uF0B7")]
    [TestCase("\uF0A7")]
    [TestCase("\uF0D8")]
    [TestCase("\uF06E")]
    public void Every_glyph_alone_on_its_line_is_the_marker_of_the_text_below(string glyph)
    {
        var tree = ParseHelper.Text(Top + "  " + glyph + "  \nIran said so.\n\n" + glyph + "\n\nIran did so.\n");
        var items = tree.Report.Sections.SelectMany(s => s.Items).Select(i => (i.Marker, i.Text, i.Lines.First, i.Lines.Last));
        Assert.That(items, Is.EqualTo(new[] { (glyph, "Iran said so.", 7, 8), (glyph, "Iran did so.", 10, 12) }));
    }

    /// <summary>"**" alone is emphasis, a dash in a word is no glyph, a number of three digits is no list number.</summary>
    [TestCase("**")]
    [TestCase("--")]
    [TestCase("123.")]
    [TestCase("1")]
    public void A_line_that_is_not_a_glyph_does_not_become_a_marker(string line)
    {
        var tree = ParseHelper.Text(Top + "• First point.\n\n" + line + "\nIran said so.\n");
        Assert.That(tree.Report.Sections.SelectMany(s => s.Items).Select(i => i.Marker), Has.None.EqualTo(line));
    }

    /// <summary>"1." inside a sentence that runs on is a number in the text, not a list's next item.</summary>
    [Test]
    public void A_number_alone_inside_an_unfinished_paragraph_continues_it()
    {
        var tree = ParseHelper.Text(Top + "Iran said on Monday that its exports rose\nby a fifth, to\n14.\nmillion barrels a day.\n");
        var item = OnlyItem(tree);
        Assert.That((item.Marker, item.Text), Is.EqualTo(((string?)null, "Iran said on Monday that its exports rose by a fifth, to 14. million barrels a day.")));
    }

    [TestCase('n')]
    [TestCase('l')]
    [TestCase('q')]
    [TestCase('Ø')]
    [TestCase('§')]
    public void A_letter_alone_is_a_glyph_where_the_documents_other_bullets_are_that_letter(char letter)
    {
        var tree = ParseHelper.Text(Top + $"{letter} First point.\n\n{letter} Second point.\n\n{letter}\nThird point.\n");
        var items = tree.Report.Sections.SelectMany(s => s.Items).Select(i => (i.Marker, i.Text, i.Lines.First, i.Lines.Last));
        string marker = letter.ToString();
        Assert.That(items, Is.EqualTo(new[] { (marker, "First point.", 7, 7), (marker, "Second point.", 9, 9), (marker, "Third point.", 11, 12) }));
    }

    /// <summary>A document whose converter put every glyph on a line of its own teaches its letter by those lines.</summary>
    [Test]
    public void Letters_alone_above_capitalised_lines_teach_the_document_its_bullet_letter()
    {
        var tree = ParseHelper.Text(Top + "n\nFirst point.\n\nn\nSecond point.\n");
        var items = tree.Report.Sections.SelectMany(s => s.Items).Select(i => (i.Marker, i.Text, i.Lines.First, i.Lines.Last));
        Assert.That(items, Is.EqualTo(new[] { ("n", "First point.", 7, 8), ("n", "Second point.", 10, 11) }));
    }

    [Test]
    public void A_letter_alone_is_text_where_the_documents_bullets_are_other_glyphs()
    {
        var tree = ParseHelper.Text(Top + "• First point.\n\n• Second point.\n\nn\nThird point.\n");
        var items = tree.Report.Sections.SelectMany(s => s.Items).Select(i => (i.Marker, i.Text)).ToList();
        Assert.That(items.Select(i => i.Marker), Has.None.EqualTo("n"));
        // Lower case goes on with the item above, as any paragraph that opens in lower case does.
        Assert.That(items[^1], Is.EqualTo(("•", "Second point. n Third point.")));
    }

    /// <summary>Once alone is no use: a letter alone above lower case, or only once, teaches nothing.</summary>
    [TestCase("n\nfirst point.\n\nn\nsecond point.\n")]
    [TestCase("n\nFirst point.\n\nSecond point.\n")]
    public void A_letter_alone_without_evidence_of_use_is_not_a_glyph(string body)
    {
        var tree = ParseHelper.Text(Top + body);
        Assert.That(tree.Report.Sections.SelectMany(s => s.Items).Select(i => i.Marker), Has.None.EqualTo("n"));
    }
}
