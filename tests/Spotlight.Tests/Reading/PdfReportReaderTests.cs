using Spotlight.Diagnostics;
using Spotlight.Reading;
using static Spotlight.Tests.Reading.BuiltPdf;
using Spotlight.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Spotlight.Tests.Reading;

public sealed class PdfReportReaderTests
{
    private static readonly PdfReportReader Reader = new();

    [Test]
    public void A_pdf_without_text_is_a_clear_error()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(100, 100), 200, 100);
        byte[] bytes = builder.Build();
        Assert.That(() => Reader.Read(bytes), Throws.TypeOf<ReportReadException>().With.Message.EqualTo("PDF has no text layer (scanned pages?)"));
    }

    [Test]
    public void An_encrypted_pdf_is_a_clear_error()
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "encrypted.pdf"));
        Assert.That(() => Reader.Read(bytes), Throws.TypeOf<ReportReadException>().With.Message.EqualTo("encrypted PDF (no password is tried)"));
    }

    [TestCase("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")]
    [TestCase("%PDF-")]
    public void A_damaged_pdf_is_a_clear_error(string content)
    {
        Assert.That(() => Reader.Read(System.Text.Encoding.ASCII.GetBytes(content)),
            Throws.TypeOf<ReportReadException>().With.Message.StartsWith("damaged PDF"));
    }

    [Test]
    public void A_truncated_sample_is_a_clear_error()
    {
        byte[] whole = File.ReadAllBytes(Path.Combine(TestFiles.Samples, "004_no_glyphs.pdf"));
        Assert.That(() => Reader.Read(whole[..(whole.Length / 3)]), Throws.TypeOf<ReportReadException>());
    }

    [Test]
    public void A_running_header_with_its_page_number_and_a_running_footer_are_furniture()
    {
        var source = Reader.Read(Pages(
            ["Spotlight on Iran 1", "Iran sent aid to Syria (IRNA, November 6).", "The ministry will help (Mehr, November 13).", "www.terrorism-info.org.il"],
            ["Spotlight on Iran 2", "A delegation arrived in Damascus (Fars, November 7).", "www.terrorism-info.org.il"],
            ["Spotlight on Iran 3", "The talks went on (ISNA, November 9).", "It stayed two days (ISNA, November 10).", "www.terrorism-info.org.il"]));
        Assert.That(Lines(source).Where(l => l.Hint == LineHint.Furniture).Select(l => l.Text), Is.EqualTo(new[]
        {
            "Spotlight on Iran 1", "www.terrorism-info.org.il", "Spotlight on Iran 2", "www.terrorism-info.org.il",
            "Spotlight on Iran 3", "www.terrorism-info.org.il",
        }));
        Assert.That(Lines(source).Where(l => l.Hint != LineHint.Furniture).Select(l => l.Text), Has.Exactly(5).Items);
    }

    [TestCase("7")]
    [TestCase("- 7 -")]
    [TestCase("Page 7")]
    [TestCase("Page 7 of 9")]
    public void A_page_number_at_a_page_edge_is_furniture_even_on_one_page(string number)
    {
        var source = Reader.Read(Pages(["Iran sent aid to Syria (IRNA, November 6).", "The ministry will help (Mehr, November 13).", number]));
        Assert.That(Lines(source).Select(l => l.Hint), Is.EqualTo(new[] { LineHint.None, LineHint.None, LineHint.Furniture }));
    }

    [Test]
    public void A_line_at_the_edge_of_one_page_only_is_text()
    {
        var source = Reader.Read(Pages(
            ["Spotlight on Iran", "Iran sent aid to Syria (IRNA, November 6).", "The ministry will help (Mehr, November 13)."],
            ["A delegation arrived in Damascus (Fars, November 7).", "The talks went on (ISNA, November 9)."],
            ["It stayed two days (ISNA, November 10).", "Page 3 of 3"]));
        Assert.That(Lines(source).Where(l => l.Hint == LineHint.Furniture).Select(l => l.Text), Is.EqualTo(new[] { "Page 3 of 3" }));
    }

    private const string Long = "Iran sent aid to Syria and to Iraq in the same week (IRNA, November 6).";

    private static SourceText Read(params Run[] runs) => Reader.Read(Drawn(runs));

    private static (LineHint, string)[] Hinted(SourceText source) => [.. Lines(source)];

    [Test]
    public void Smaller_type_is_a_caption_and_the_small_lines_under_it_carry_on_the_caption()
    {
        var source = Read(new Run(Long, 11, 72, 780), new Run(Long, 11, 72, 766), new Run("Figure 1: a map of the region", 8, 72, 746),
            new Run("drawn by the ministry", 8, 72, 736), new Run("The talks went on (ISNA, November 9).", 11, 72, 716));
        Assert.That(source.Text, Is.EqualTo($"{Long}\n{Long}\n\nFigure 1: a map of the region\ndrawn by the ministry\n\nThe talks went on (ISNA, November 9).\n"));
        Assert.That(Hinted(source).Select(l => l.Item1), Is.EqualTo(new[] { LineHint.None, LineHint.None, LineHint.Caption, LineHint.Caption, LineHint.None }));
    }

    [TestCase("1 The source is IRNA", LineHint.Footnote)]
    [TestCase("12 The source is IRNA", LineHint.Footnote)]
    [TestCase("123 The source is IRNA", LineHint.Caption)]
    [TestCase("1 the source is IRNA", LineHint.Caption)]
    [TestCase("The source is IRNA", LineHint.Caption)]
    public void A_small_line_opening_with_a_footnote_number_is_a_footnote_and_the_small_lines_under_it_carry_it_on(string first, LineHint hint)
    {
        var source = Read(new Run(Long, 11, 72, 780), new Run(Long, 11, 72, 766), new Run(first, 8, 72, 746),
            new Run("and its site", 8, 72, 736), new Run("2 The site is in Persian", 8, 72, 726));
        var carried = hint == LineHint.Footnote ? LineHint.Continuation : LineHint.Caption;
        Assert.That(Hinted(source).Select(l => l.Item1), Is.EqualTo(new[] { LineHint.None, LineHint.None, hint, carried, carried }));
    }

    [TestCase(9.5, LineHint.Caption)]
    [TestCase(10, LineHint.None)]
    public void Type_under_nine_tenths_of_the_body_s_size_is_small(double size, LineHint hint)
    {
        var source = Read(new Run(Long, 11, 72, 780), new Run(Long, 11, 72, 766), new Run("a map of the region", size, 72, 752));
        Assert.That(Hinted(source).Select(l => l.Item1), Is.EqualTo(new[] { LineHint.None, LineHint.None, hint }));
    }

    [Test]
    public void The_body_s_size_is_the_size_most_letters_are_set_in()
    {
        var source = Read(new Run(Long, 11, 72, 780), new Run("a map", 8, 72, 760), new Run("a chart", 8, 72, 750), new Run("a table", 8, 72, 740));
        Assert.That(Hinted(source).Select(l => l.Item1), Is.EqualTo(new[] { LineHint.None, LineHint.Caption, LineHint.Caption, LineHint.Caption }));
    }

    [Test]
    public void A_gap_wider_than_the_usual_line_pitch_by_two_fifths_opens_a_paragraph()
    {
        // Pitches 14, 20, 19 and 14: the usual one is 14, and 19.6 points or more is a paragraph's gap.
        var source = Read(new Run("First line", 11, 72, 780), new Run("Second line", 11, 72, 766), new Run("Third line", 11, 72, 746),
            new Run("Fourth line", 11, 72, 727), new Run("Fifth line", 11, 72, 713));
        Assert.That(source.Text, Is.EqualTo("First line\nSecond line\n\nThird line\nFourth line\nFifth line\n"));
    }

    [Test]
    public void Without_two_body_lines_in_a_row_the_pitch_is_taken_as_six_fifths_of_the_body_s_size()
    {
        // 13.2 points: small lines 16 apart are one paragraph.
        var source = Read(new Run(Long, 11, 72, 780), new Run("a map of the region", 8, 72, 760), new Run("drawn by the ministry", 8, 72, 744));
        Assert.That(source.Text, Is.EqualTo($"{Long}\n\na map of the region\ndrawn by the ministry\n"));
    }

    [Test]
    public void Each_page_opens_after_a_blank_line_and_its_lines_are_counted_on_it()
    {
        var source = Reader.Read(Pages(["First line", "Second line"], ["Third line", "Fourth line"]));
        Assert.That(source.Text, Is.EqualTo("First line\nSecond line\n\nThird line\nFourth line\n"));
        Assert.That(Enumerable.Range(1, 5).Select(source.PageOf), Is.EqualTo(new[] { 1, 1, 2, 2, 2 }));
        Assert.That(Enumerable.Range(1, 5).Select(line => source.InputPositionOf(line, 3)), Is.EqualTo(new[]
        {
            new InputPosition(1, 1, 3), new InputPosition(1, 2, 3), new InputPosition(1, 2, 1), new InputPosition(2, 1, 3), new InputPosition(2, 2, 3),
        }));
    }

    [Test]
    public void Furniture_stands_apart_from_the_lines_next_to_it()
    {
        var source = Reader.Read(Pages(["First line", "Second line", "7"]));
        Assert.That(source.Text, Is.EqualTo("First line\nSecond line\n\n7\n"));
    }

    [Test]
    public void A_pdf_whose_every_line_is_furniture_has_no_text_layer()
    {
        Assert.That(() => Reader.Read(Pages(["7"])), Throws.TypeOf<ReportReadException>().With.Message.EqualTo("PDF has no text layer (scanned pages?)"));
    }
}
