using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Parsing;

/// <summary>
/// The layouts in which published reports reach users (LAYOUTS.md, L1–L10): each example gives its whole tree.
/// The texts are the catalogue's examples, with the standard header put above those that have none.
/// </summary>
public sealed class LayoutTests
{
    private const string Header = "Spotlight on Iran\n\nMarch 3, 2019 – March 17, 2019\n\nAuthor: Dr. Jane Roe\n\n";

    private static string Outline(string text, IReportReader? reader = null) =>
        TreeOutline.Of(ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "layout.txt", reader ?? new PlainTextReader()));

    /// <summary>L1: two figures, not four; each keeps its date and source; they belong to the summary, which has no heading.</summary>
    [Test]
    public void L1_Web_copy_captions_written_twice_above_the_first_bullet_are_one_figure_each()
    {
        const string text = """
            Spotlight on Iran

            March 3, 2019 – March 17, 2019 Editor: Dr. Jane Roe
            The minister and the delegation in Baghdad (IRNA, March 9)

            The minister and the delegation in Baghdad (IRNA, March 9)

            Cadets at a parade in Tehran. (Fars, March 10)

            Cadets at a parade in Tehran. (Fars, March 10)

              • First point (Tasnim, March 5).
              • Second point.
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            editor: Dr. Jane Roe @3
            section overview summary (no heading) (no region) [4-13]
              item overview-1 • [12-12] "First point (Tasnim, March 5)." date(2019-03-05 day) source(Tasnim citation 2019-03-05)
              item overview-2 • [13-13] "Second point."
              figure overview-fig-1 [4-6] "The minister and the delegation in Baghdad (IRNA, March 9)" date(2019-03-09 day) source(IRNA citation 2019-03-09)
              figure overview-fig-2 [8-10] "Cadets at a parade in Tehran. (Fars, March 10)" date(2019-03-10 day) source(Fars citation 2019-03-10)
            finding SPT006 @4
            """ + "\n"));
    }

    /// <summary>L2: "Overview" is the summary's heading, never an item; so is a region heading.</summary>
    [Test]
    public void L2_A_heading_right_above_its_first_bullet_opens_its_section()
    {
        const string text = """
            Spotlight on Iran

            March 3, 2019 – March 17, 2019

            Author: Dr. Jane Roe

            Overview
            • First point (Fars, March 5).
            • Second point.
            Iranian Involvement in Iraq
            • A minister met a delegation (IRNA, March 9).
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            author: Dr. Jane Roe @5
            section overview summary "Overview" (no region) [7-9]
              item overview-1 • [8-8] "First point (Fars, March 5)." date(2019-03-05 day) source(Fars citation 2019-03-05)
              item overview-2 • [9-9] "Second point."
            section iraq region "Iranian Involvement in Iraq" Iraq [10-11]
              item iraq-1 • [11-11] "A minister met a delegation (IRNA, March 9)." date(2019-03-09 day) source(IRNA citation 2019-03-09)
            """ + "\n"));
    }

    /// <summary>L4: two items, the glyph removed and the lines joined.</summary>
    [Test]
    public void L4_Letters_a_converter_wrote_for_bullets_open_items()
    {
        const string text = """
            Spotlight on Iran

            March 3, 2019 – March 17, 2019

            Author: Dr. Jane Roe

            Main events of the week
            n The first point runs over two lines of the
            page and goes on here (Fars, March 5).
            n The second point (IRNA, March 6).
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            author: Dr. Jane Roe @5
            section overview summary "Main events of the week" (no region) [7-10]
              item overview-1 n [8-9] "The first point runs over two lines of the page and goes on here (Fars, March 5)." date(2019-03-05 day) source(Fars citation 2019-03-05)
              item overview-2 n [10-10] "The second point (IRNA, March 6)." date(2019-03-06 day) source(IRNA citation 2019-03-06)
            finding SPT006 @6
            """ + "\n"));
    }

    /// <summary>L5: two items in Syria.</summary>
    [Test]
    public void L5_Paragraphs_without_glyphs_one_line_apart_are_items_each()
    {
        const string text = """
            Spotlight on Iran

            March 3, 2019 – March 17, 2019

            Author: Dr. Jane Roe

            Overview

            • A summary point (Fars, March 4).

            Iranian Involvement in Syria
            A website reported that the militias raised salaries (Fars, March 5).
            Another report said that a road near Damascus was reopened (SANA, March 6).
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            author: Dr. Jane Roe @5
            section overview summary "Overview" (no region) [7-9]
              item overview-1 • [9-9] "A summary point (Fars, March 4)." date(2019-03-04 day) source(Fars citation 2019-03-04)
            section syria region "Iranian Involvement in Syria" Syria [11-13]
              item syria-1 (no marker) [12-12] "A website reported that the militias raised salaries (Fars, March 5)." date(2019-03-05 day) source(Fars citation 2019-03-05)
              item syria-2 (no marker) [13-13] "Another report said that a road near Damascus was reopened (SANA, March 6)." date(2019-03-06 day) source(SANA citation 2019-03-06)
            """ + "\n"));
    }

    /// <summary>L6: the mark is no part of the label; the page line is furniture; the footnote is a footnote.</summary>
    [Test]
    public void L6_Footnote_mark_page_line_and_footnote_are_each_kept_in_their_place()
    {
        const string text = """
            Spotlight on Iran

            March 3, 2019 – March 17, 2019

            Author: Dr. Jane Roe

            Main events of the week1
            • Iran sent advisers to the front (al-Mayadeen, April 15).
            045-17                                                      3

            1 Figures in this section are as published by the ministry.
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            author: Dr. Jane Roe @5
            section overview summary "Main events of the week" (no region) [7-8]
              item overview-1 • [8-8] "Iran sent advisers to the front (al-Mayadeen, April 15)." date(2019-04-15 day) source(al-Mayadeen citation 2019-04-15)
            footnote 1 [11-11] "Figures in this section are as published by the ministry."
            furniture document-number [9-9] "045-17 3"
            finding SPT006 @6
            """ + "\n"));
    }

    /// <summary>L7: series "Spotlight on Iran"; the site's lines are neither items nor the series.</summary>
    [Test]
    public void L7_Site_text_above_the_title_is_furniture_not_the_series()
    {
        const string text = """
            Tag Archives: Iran
            1. Home
            2. Countries
            3. Iran
            NEWS DIGEST SITE – Spotlight on Iran
            (March 3, 2019 – March 17, 2019)
            Author: Dr. Jane Roe

            Overview

            • A point (Fars, March 5).
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @6
            author: Dr. Jane Roe @7
            section overview summary "Overview" (no region) [9-11]
              item overview-1 • [11-11] "A point (Fars, March 5)." date(2019-03-05 day) source(Fars citation 2019-03-05)
            furniture site-text [1-1] "Tag Archives: Iran"
            furniture site-text [2-2] "1. Home"
            furniture site-text [3-3] "2. Countries"
            furniture site-text [4-4] "3. Iran"
            finding SPT006 @8
            """ + "\n"));
    }

    /// <summary>L8: one figure, dated March 5, source Tasnim.</summary>
    [Test]
    public void L8_Source_captions_written_twice_are_one_figure()
    {
        const string text = """
            Spotlight on Iran

            March 3, 2019 – March 17, 2019

            Author: Dr. Jane Roe

            Overview

            Iran sent aid to Syria (IRNA, March 4).

            Delegates at the conference in Tehran. Source: Tasnim, March 5

            Delegates at the conference in Tehran. Source: Tasnim, March 5
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            author: Dr. Jane Roe @5
            section overview summary "Overview" (no region) [7-13]
              item overview-1 (no marker) [9-9] "Iran sent aid to Syria (IRNA, March 4)." date(2019-03-04 day) source(IRNA citation 2019-03-04)
              figure overview-fig-1 [11-13] "Delegates at the conference in Tehran. Source: Tasnim, March 5" date(2019-03-05 day) source(Tasnim citation 2019-03-05)
            finding SPT006 @6
            """ + "\n"));
    }

    /// <summary>L9 (and issue: a year after a modifier is a date of year granularity).</summary>
    [Test]
    public void L9_Long_channel_names_unknown_outlets_and_years_after_a_modifier()
    {
        const string text = """
            Spotlight on Iran

            April 25, 2024 – May 9, 2024

            Author: Dr. Jane Roe

            Overview

            • The factions claimed an attack on a base (Telegram channel of the media unit of the joint operations room of the factions, May 3, 2024).

            • The Russian daily Kommersant reported (May 2) that talks were held in Tehran.

            • Iran expanded its presence in early 2015 and by late 2019 (Fars, May 4).
            """;
        Assert.That(Outline(text + "\n"), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2024-04-25..2024-05-09 "April 25, 2024 – May 9, 2024" @3
            author: Dr. Jane Roe @5
            section overview summary "Overview" (no region) [7-13]
              item overview-1 • [9-9] "The factions claimed an attack on a base (Telegram channel of the media unit of the joint operations room of the factions, May 3, 2024)." date(2024-05-03 day) source(Telegram channel of the media unit of the joint operations room of the factions citation 2024-05-03)
              item overview-2 • [11-11] "The Russian daily Kommersant reported (May 2) that talks were held in Tehran." date(2024-05-02 day) source(Kommersant inline 2024-05-02)
              item overview-3 • [13-13] "Iran expanded its presence in early 2015 and by late 2019 (Fars, May 4)." date(2015 year early) date(2019 year late) date(2024-05-04 day) source(Fars citation 2024-05-04)
            finding SPT006 @6
            """ + "\n"));
    }

    /// <summary>L3: the period and the editor read from each form of the header line.</summary>
    [TestCase("March 3, 2019 – March 17, 2019 Editor: Dr. Jane Roe", "Spotlight on Iran", "2019-03-03", "2019-03-17", "editor: Dr. Jane Roe")]
    [TestCase("Spotlight on Iran: May 8-16, 2024", "Spotlight on Iran", "2024-05-08", "2024-05-16", null)]
    [TestCase("Spotlight on Iran (October 10-27, 2016)", "Spotlight on Iran", "2016-10-10", "2016-10-27", null)]
    [TestCase("(September 8 – 22, 2019)", "Spotlight on Iran", "2019-09-08", "2019-09-22", null)]
    [TestCase("Spotlight on Iran (June 23, 2022 July 7, 2022)", "Spotlight on Iran", "2022-06-23", "2022-07-07", null)]
    [TestCase("Spotlight on Iran*\n\nMarch 3, 2019 – March 17, 2019", "Spotlight on Iran", "2019-03-03", "2019-03-17", null)]
    public void L3_header_variants(string header, string series, string start, string end, string? author)
    {
        // The title stands above a header line that does not carry it.
        string title = header.Contains("Spotlight", StringComparison.Ordinal) ? "" : "Spotlight on Iran\n\n";
        var document = ReportPipeline.Parse(Encoding.UTF8.GetBytes($"{title}{header}\n\nOverview\n\n• A point (Fars, May 9).\n"),
            "l3.txt", new PlainTextReader());
        var report = document.Report;
        Assert.Multiple(() =>
        {
            Assert.That(report.Series, Is.EqualTo(series));
            Assert.That(report.Period?.Start.ToString("yyyy-MM-dd"), Is.EqualTo(start));
            Assert.That(report.Period?.End.ToString("yyyy-MM-dd"), Is.EqualTo(end));
            Assert.That(report.Authors.Select(a => $"{a.Role.ToString().ToLowerInvariant()}: {a.Honorific} {a.Name}").SingleOrDefault(),
                Is.EqualTo(author));
            Assert.That(report.Sections.Select(s => (s.Heading, s.Items.Length)), Is.EqualTo(new[] { ((string?)"Overview", 1) }));
        });
    }

    /// <summary>L4: a letter opening one line only is text, not a bullet; symbol-font code points are bullets wherever they stand.</summary>
    [Test]
    public void L4_a_letter_used_once_is_text_and_private_use_glyphs_are_bullets()
    {
        string text = Header + "Overview\n\nn This point opens with a letter that is not a bullet here (Fars, March 5).\n\n"
            + "\uF0B7 A point with a symbol-font bullet (IRNA, March 6).\n\n\uF0A7 Another (IRNA, March 7).\n";
        var items = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "l4.txt", new PlainTextReader()).Report.Sections.Single().Items;
        Assert.That(items.Select(i => (i.Marker, i.Text)), Is.EqualTo(new (string?, string)[]
        {
            (null, "n This point opens with a letter that is not a bullet here (Fars, March 5)."),
            ("\uF0B7", "A point with a symbol-font bullet (IRNA, March 6)."),
            ("\uF0A7", "Another (IRNA, March 7)."),
        }));
    }

    /// <summary>
    /// L1: duplicates are decided by content, not by length: a short caption written twice is a figure, a caption
    /// written four times is one figure, and a line repeated far apart at page breaks is a running header, kept.
    /// </summary>
    [Test]
    public void L1_short_captions_repeated_captions_and_running_headers()
    {
        string text = Header + "Overview\n\n• First point (Tasnim, March 5).\n\nSpotlight on Iran – March 2019\n\n"
            + "Iranian Involvement in Syria\n\n• A point (Fars, March 6).\n\nNew clinic (Fars, March 7)\n\nNew clinic (Fars, March 7)\n\n"
            + string.Concat(Enumerable.Repeat("The delegation in Damascus. (IRNA, March 8)\n\n", 4))
            + "• Another point (Fars, March 9).\n\nSpotlight on Iran – March 2019\n\n• A last point (Fars, March 10).\n";
        Assert.That(Outline(text), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            author: Dr. Jane Roe @5
            section overview summary "Overview" (no region) [7-9]
              item overview-1 • [9-9] "First point (Tasnim, March 5)." date(2019-03-05 day) source(Tasnim citation 2019-03-05)
            section syria region "Iranian Involvement in Syria" Syria [13-33]
              item syria-1 • [15-15] "A point (Fars, March 6)." date(2019-03-06 day) source(Fars citation 2019-03-06)
              item syria-2 • [29-29] "Another point (Fars, March 9)." date(2019-03-09 day) source(Fars citation 2019-03-09)
              item syria-3 • [33-33] "A last point (Fars, March 10)." date(2019-03-10 day) source(Fars citation 2019-03-10)
              figure syria-fig-1 [17-19] "New clinic (Fars, March 7)" date(2019-03-07 day) source(Fars citation 2019-03-07)
              figure syria-fig-2 [21-27] "The delegation in Damascus. (IRNA, March 8)" date(2019-03-08 day) source(IRNA citation 2019-03-08)
            furniture running-header [11-11] "Spotlight on Iran – March 2019"
            furniture running-header [31-31] "Spotlight on Iran – March 2019"

            """));
        var figures = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "l1.txt", new PlainTextReader()).Report.Sections[1].Figures;
        Assert.That(figures.Select(f => f.Copies), Is.EqualTo(new[] { 2, 4 }));
    }

    /// <summary>L1 and L10 in a web page: the title in the page's header outside the article's text, the editor on the period's line, a figure gallery.</summary>
    [Test]
    public void L10_web_page_title_outside_the_article_block_and_a_caption_gallery()
    {
        const string page = """
            <!DOCTYPE html><html><body>
            <article class="post">
            <header class="entry-header"><h1 class="entry-title">Spotlight on Iran</h1></header>
            <div class="entry-content">
            <p>March 3, 2019 – March 17, 2019 Editor: Dr. Jane Roe</p>
            <figure class="wp-block-image"><img src="a.jpg" alt="The minister and the delegation in Baghdad (IRNA, March 9)"><figcaption>The minister and the delegation in Baghdad (IRNA, March 9)</figcaption></figure>
            <figure class="wp-block-image"><img src="b.jpg" alt="Cadets at a parade in Tehran. (Fars, March 10)"><figcaption>Cadets at a parade in Tehran. (Fars, March 10)</figcaption></figure>
            <ul><li>First point (Tasnim, March 5).</li><li>Second point.</li></ul>
            <h2>Iranian Involvement in Iraq</h2>
            <p>• A minister met a delegation (IRNA, March 9).</p>
            </div>
            </article>
            </body></html>
            """;
        Assert.That(Outline(page, new HtmlReportReader()), Is.EqualTo("""
            series: Spotlight on Iran
            period: 2019-03-03..2019-03-17 "March 3, 2019 – March 17, 2019" @3
            editor: Dr. Jane Roe @3
            section overview summary (no heading) (no region) [5-11]
              item overview-1 • [9-9] "First point (Tasnim, March 5)." date(2019-03-05 day) source(Tasnim citation 2019-03-05)
              item overview-2 • [11-11] "Second point."
              figure overview-fig-1 [5-5] "The minister and the delegation in Baghdad (IRNA, March 9)" date(2019-03-09 day) source(IRNA citation 2019-03-09)
              figure overview-fig-2 [7-7] "Cadets at a parade in Tehran. (Fars, March 10)" date(2019-03-10 day) source(Fars citation 2019-03-10)
            section iraq region "Iranian Involvement in Iraq" Iraq [13-15]
              item iraq-1 • [15-15] "A minister met a delegation (IRNA, March 9)." date(2019-03-09 day) source(IRNA citation 2019-03-09)

            """));
    }

    /// <summary>
    /// L4, L6 and L10 in a PDF (sample 008): title, period and author set close together are each read; the raised
    /// footnote number is no part of the label; the footnote in small type at the foot of the page is a footnote;
    /// the document-number lines of the footers are furniture; the "n" bullets open items.
    /// </summary>
    [Test]
    public void L10_pdf_header_set_close_together_footnote_and_page_lines()
    {
        string path = Path.Combine(TestFiles.Samples, "008_pdf_n_bullets_footnote.pdf");
        var report = ReportPipeline.Parse(File.ReadAllBytes(path), "008.pdf", new PdfReportReader()).Report;
        Assert.Multiple(() =>
        {
            Assert.That((report.Series, report.Period?.Text, report.Authors.Single().Name),
                Is.EqualTo(("Spotlight on Iran", "April 8 – April 22, 2018", "Gideon Halperin")));
            Assert.That(report.Sections.Select(s => (s.Heading, s.Items.Length, s.Figures.Length)), Is.EqualTo(new (string?, int, int)[]
            {
                ("Main events of the week", 4, 0), ("Iranian Involvement in Syria", 4, 1),
                ("Iranian Involvement in Lebanon", 3, 0), ("Iranian Involvement in Iraq", 4, 0),
            }));
            Assert.That(report.Sections.SelectMany(s => s.Items).Select(i => i.Marker).Distinct(), Is.EqualTo(new[] { "n" }));
            Assert.That(report.Footnotes!.Value.Select(f => (f.Mark, f.Text)),
                Is.EqualTo(new[] { ("1", "Figures in this summary are as published by the ministry.") }));
            Assert.That(report.Furniture!.Value.Select(f => (f.Kind, f.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var doc, var page] ? $"{doc} {page}" : f.Text)),
                Is.EqualTo(new[] { (Model.FurnitureKind.DocumentNumber, "078-18 1"), (Model.FurnitureKind.DocumentNumber, "078-18 2"), (Model.FurnitureKind.DocumentNumber, "078-18 3") }));
        });
    }

    /// <summary>A footnote ends at the page line below it: what follows the page line is the next page's text (a mutant found this).</summary>
    [Test]
    public void L6_a_page_line_ends_the_footnote_above_it()
    {
        string text = Header + "Main events of the week1\n• Iran sent advisers to the (al-Mayadeen, April 15).\n\n"
            + "1 Figures in this section are as published.\n045-17      3\nMore advisers went on (Fars, April 16).\n";
        var report = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "l6.txt", new PlainTextReader()).Report;
        Assert.Multiple(() =>
        {
            Assert.That(report.Footnotes!.Value.Select(f => (f.Text, f.Lines)),
                Is.EqualTo(new[] { ("Figures in this section are as published.", new Model.LineRange(10, 10)) }));
            Assert.That(report.Furniture!.Value.Select(f => f.Lines), Is.EqualTo(new[] { new Model.LineRange(11, 11) }));
            Assert.That(report.Sections.Single().Items.Select(i => i.Text), Is.EqualTo(new[]
            {
                "Iran sent advisers to the (al-Mayadeen, April 15).",
                "More advisers went on (Fars, April 16).",
            }));
        });
    }
}
