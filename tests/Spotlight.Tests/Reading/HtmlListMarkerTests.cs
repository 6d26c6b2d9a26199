using System.Text;
using Spotlight.Model;
using Spotlight.Reading;

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
}
