using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>PDFs built by the fuzzer's pdf-struct recipes (kept in Data/fuzz/pdf/): each is refused before PdfPig reads it.</summary>
public class FuzzBuiltPdfTests
{
    // Each for the reason that is its own.
    [TestCase("form-loop-through-escaped-names.pdf", "damaged PDF: Form XObjects 6 0 → 7 0 → 6 0 draw each other in a loop")]
    [TestCase("ten-digit-object-number-hides-a-loop.pdf", "damaged PDF: object 6 0 is a reference to itself")]
    [TestCase("nul-separated-self-reference.pdf", "damaged PDF: object 6 0 is a reference to itself")]
    [TestCase("comments-inside-object-headers.pdf", "PDF draws more than 1,000,000 glyphs")]
    [TestCase("two-flate-layers-128mb-of-nul.pdf", "PDF decodes to more than 16 MB")]
    [TestCase("two-flate-layers-million-tj.pdf", "PDF decodes to more than 16 MB")]
    [TestCase("forms-6-deep-each-drawing-the-next-6-times.pdf", "PDF draws Form XObjects more than 10,000 times")]
    [TestCase("wrong-length-runs-a-form-over-the-next-ones.pdf", "damaged PDF: Form XObject 8 0 draws itself")]
    [TestCase("object-defined-twice-loops-through-the-first.pdf", "damaged PDF: objects 12 0 → 13 0 → 12 0 refer to each other in a loop")]
    [TestCase("form-found-by-name-in-the-resources-around-it.pdf", "damaged PDF: Form XObject 6 0 draws itself")]
    [TestCase("forms-drawn-through-a-definition-made-again-later.pdf", "PDF draws more than 1,000,000 glyphs")]
    public void A_pdf_the_fuzzer_built_is_refused_for_its_reason(string name, string reason)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "fuzz", "pdf", name));
        Assert.That(() => new PdfReportReader().Read(bytes), Throws.TypeOf<ReportReadException>().With.Message.StartsWith(reason));
    }
}
