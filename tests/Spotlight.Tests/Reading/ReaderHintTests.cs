using System.Text;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Reading;

/// <summary>What the readers tell the parser of each line: what the markup or the page shows, nothing guessed.</summary>
public sealed class ReaderHintTests
{
    private static List<(LineHint Hint, string Text)> Lines(SourceText source) =>
        Enumerable.Range(1, source.LineCount).Select(n => (source.Hint(n), source.Line(n).ToString())).Where(l => l.Item2.Length > 0).ToList();

    [Test]
    public void Html_elements_give_their_hints()
    {
        const string page = """
            <html><body><article>
            <h1>Spotlight on Iran</h1>
            <p>November 4, 2021 – November 18, 2021</p>
            <h2>Overview</h2>
            <ul><li>► Iran sent aid (IRNA, November 6).</li></ul>
            <p>A delegation arrived.<br>It stayed two days (ISNA, November 7).</p>
            <figure><img src="a.jpg" alt="The delegation."><figcaption>The delegation. (IRNA, November 6)</figcaption></figure>
            <div>Bare text in a block</div>
            </article></body></html>
            """;
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page));
        Assert.That(Lines(source), Is.EqualTo(new (LineHint, string)[]
        {
            (LineHint.Heading, "Spotlight on Iran"),
            (LineHint.Paragraph, "November 4, 2021 – November 18, 2021"),
            (LineHint.Heading, "Overview"),
            (LineHint.ListItem, "► Iran sent aid (IRNA, November 6)."),
            (LineHint.Paragraph, "A delegation arrived."),
            (LineHint.Continuation, "It stayed two days (ISNA, November 7)."),
            (LineHint.Caption, "The delegation. (IRNA, November 6)"),
            (LineHint.None, "Bare text in a block"),
        }));
    }

    [Test]
    public void Html_title_in_the_post_header_outside_the_content_block_comes_first_as_a_heading()
    {
        const string page = """
            <html><body><nav><h1>Site name</h1></nav><article>
            <header class="entry-header"><h1 class="entry-title">Spotlight on Iran</h1></header>
            <div class="entry-content"><p>November 4, 2021 – November 18, 2021</p><p>► A point (Fars, November 5).</p></div>
            </article></body></html>
            """;
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page));
        Assert.That(Lines(source).Take(2), Is.EqualTo(new (LineHint, string)[]
        {
            (LineHint.Heading, "Spotlight on Iran"),
            (LineHint.Paragraph, "November 4, 2021 – November 18, 2021"),
        }));
    }

    [Test]
    public void Html_site_name_in_the_page_header_is_not_taken_for_the_title()
    {
        const string page = """
            <html><body><header class="site-header"><h1 class="site-title">News Digest</h1></header><article>
            <div class="entry-content"><p>Spotlight on Iran</p><p>November 4, 2021 – November 18, 2021</p></div>
            </article></body></html>
            """;
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page));
        Assert.That(Lines(source).Select(l => l.Text), Is.EqualTo(new[] { "Spotlight on Iran", "November 4, 2021 – November 18, 2021" }));
    }

    [Test]
    public void Pdf_page_lines_are_furniture_small_type_a_caption_or_a_footnote_and_a_raised_mark_stays_on_its_line()
    {
        var source = new PdfReportReader().Read(File.ReadAllBytes(Path.Combine(TestFiles.Samples, "008_pdf_n_bullets_footnote.pdf")));
        var lines = Lines(source);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Where(l => l.Hint == LineHint.Furniture).Select(l => string.Join(' ', l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))),
                Is.EqualTo(new[] { "078-18 1", "078-18 2", "078-18 3" }));
            Assert.That(lines.Where(l => l.Hint == LineHint.Footnote).Select(l => l.Text),
                Is.EqualTo(new[] { "1 Figures in this summary are as published by the ministry." }));
            Assert.That(lines.Where(l => l.Hint == LineHint.Caption).Select(l => l.Text).Single(), Does.EndWith("(Fars, April 12)"));
            Assert.That(lines.Select(l => l.Text), Does.Contain("Main events of the week1"));
            Assert.That(lines.Take(3).Select(l => l.Text),
                Is.EqualTo(new[] { "Spotlight on Iran", "April 8 – April 22, 2018", "Author: Dr. Gideon Halperin" }));
        });
    }

    [Test]
    public void Plain_text_carries_no_hints_the_layout_pass_decides()
    {
        var source = new PlainTextReader().Read(Encoding.UTF8.GetBytes("Overview\n• A point (Fars, May 2).\n"));
        Assert.That(Lines(source).Select(l => l.Hint).Distinct(), Is.EqualTo(new[] { LineHint.None }));
    }
}
