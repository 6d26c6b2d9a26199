using System.Text;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Reading;

/// <summary>
/// A web page's list item carries no glyph in its text; its marker is what its list draws, so that the page and a
/// text copy of it give the same items.
/// </summary>
public sealed class HtmlListMarkerTests
{
    private static string[] Markers(string list)
    {
        string page = $"""
            <html><body><article>
            <h1>Spotlight on Iran</h1>
            <p>November 4, 2021 – November 18, 2021</p>
            <p>Author: Dr. Raz Zimmt</p>
            <h2>Iranian Involvement in Iraq</h2>
            {list}
            </article></body></html>
            """;
        var tree = ReportPipeline.Parse(Encoding.UTF8.GetBytes(page), "page.html", new HtmlReportReader());
        return tree.Report.Sections.Single(s => s.Id == "iraq").Items.Select(i => i.Marker ?? "(none)").ToArray();
    }

    [Test]
    public void An_unordered_list_draws_a_disc() =>
        Assert.That(Markers("<ul><li>Iran condemned the attack (Fars, November 7).</li><li>Qa'ani arrived (IRNA, November 8).</li></ul>"),
            Is.EqualTo(new[] { "•", "•" }));

    [Test]
    public void An_ordered_list_draws_each_item_s_number_from_its_start_and_values() =>
        Assert.That(Markers("<ol start=\"3\"><li>One point.</li><li>Another point.</li><li value=\"9\">A third point.</li><li>A fourth point.</li></ol>"),
            Is.EqualTo(new[] { "3.", "4.", "9.", "10." }));

    [TestCase("list-style-type: '► '", "►")]
    [TestCase("list-style-type:&quot;▶&quot;", "▶")]
    [TestCase("list-style: square inside", "▪")]
    [TestCase("LIST-STYLE-TYPE: Circle", "◦")]
    [TestCase("list-style: '► ' outside", "►")]
    [TestCase("color: red; list-style-type: lower-roman", "•")]
    [TestCase("list-style-type: none", "(none)")]
    public void The_list_s_inline_style_names_what_it_draws(string style, string marker) =>
        Assert.That(Markers($"<ul style=\"{style}\"><li>Iran condemned the attack (Fars, November 7).</li></ul>"), Is.EqualTo(new[] { marker }));

    [Test]
    public void An_item_s_own_style_comes_before_its_list_s() =>
        Assert.That(Markers("<ul style=\"list-style-type: square\"><li>One point.</li><li style=\"list-style-type: '► '\">Another point.</li></ul>"),
            Is.EqualTo(new[] { "▪", "►" }));

    [Test]
    public void A_glyph_written_in_the_item_is_its_marker_and_stays_out_of_its_text()
    {
        string page = """
            <html><body><article>
            <h1>Spotlight on Iran</h1>
            <p>November 4, 2021 – November 18, 2021</p>
            <p>Author: Dr. Raz Zimmt</p>
            <h2>Iranian Involvement in Iraq</h2>
            <ul><li>► Iran condemned the attack (Fars, November 7).</li></ul>
            </article></body></html>
            """;
        var item = ReportPipeline.Parse(Encoding.UTF8.GetBytes(page), "page.html", new HtmlReportReader()).Report.Sections.Single(s => s.Id == "iraq").Items.Single();
        Assert.That((item.Marker, item.Text), Is.EqualTo(("►", "Iran condemned the attack (Fars, November 7).")));
    }

    [Test]
    public void A_paragraph_has_no_marker_it_does_not_write() =>
        Assert.That(Markers("<p>Iran condemned the attack (Fars, November 7).</p>"), Is.EqualTo(new[] { "(none)" }));

    // Straight from the reader: the marker of each item's line.
    private static string[] Drawn(string list)
    {
        var source = ReadLines.Html("<article>" + list + "</article>");
        return [.. Enumerable.Range(1, source.LineCount).Where(n => source.Hint(n) == LineHint.ListItem).Select(n => source.ListMarker(n) ?? "(none)")];
    }

    [Test]
    public void An_ordered_list_counts_from_one_without_a_start_or_with_one_that_is_no_number()
    {
        Assert.That(Drawn("<ol><li>One.</li><li>Two.</li></ol>"), Is.EqualTo(new[] { "1.", "2." }));
        Assert.That(Drawn("<ol start=\"third\"><li>One.</li><li value=\"x\">Two.</li></ol>"), Is.EqualTo(new[] { "1.", "2." }));
        Assert.That(Drawn("<ol start=\"0\"><li>One.</li><li value=\"7\">Two.</li><li>Three.</li></ol>"), Is.EqualTo(new[] { "0.", "7.", "8." }));
    }

    [TestCase("<ol style=\"list-style-type: disc\">", "•")]
    [TestCase("<ol style=\"list-style-type: circle\">", "◦")]
    [TestCase("<ol style=\"list-style: square\">", "▪")]
    [TestCase("<ol style=\"list-style-type: lower-roman\">", "1.")]
    [TestCase("<ol style=\"list-style: inside\">", "1.")]
    [TestCase("<ul style=\"list-style-type: decimal\">", "1.")]
    [TestCase("<ul style=\"\">", "•")]
    [TestCase("<ul style=\"list-style-type: square;\">", "▪")]
    [TestCase("<ul style=\"color: red ; list-style-type : square ;\">", "▪")]
    [TestCase("<ul style=\"list-style-type:square ;color:red\">", "▪")]
    [TestCase("<ul style=\"list-style-type: square; list-style-type: url(dot.png)\">", "▪")]
    [TestCase("<ul style=\"list-style: square url(dot.png)\">", "▪")]
    [TestCase("<ul style=\"list-style: url(dot.png) square\">", "▪")]
    [TestCase("<ul style=\"list-style: square  inside\">", "▪")]
    [TestCase("<ul style=\"list-style-type: '\">", "•")]
    [TestCase("<ul style=\"list-style-type: 'abc\">", "•")]
    [TestCase("<ul style=\"list-style-type: ' ►'\">", "►")]
    [TestCase("<ul style=\"list-style-type: '  '\">", "(none)")]
    [TestCase("<ul style=\"list-style: 'abc\">", "•")]
    public void A_list_s_style_names_its_marker_or_leaves_the_list_s_own(string list, string marker) =>
        Assert.That(Drawn(list + "<li>Iran sent aid.</li>" + (list.StartsWith("<ol") ? "</ol>" : "</ul>")), Is.EqualTo(new[] { marker }));

    [Test]
    public void An_item_outside_a_list_draws_no_marker() =>
        Assert.That(Drawn("<div><li>Iran sent aid.</li></div>"), Is.EqualTo(new[] { "(none)" }));
}
