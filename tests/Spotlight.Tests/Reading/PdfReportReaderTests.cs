using Spotlight.Reading;
using UglyToad.PdfPig.Core;
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
}
