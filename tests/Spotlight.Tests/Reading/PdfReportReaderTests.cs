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
}
