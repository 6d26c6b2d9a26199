using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>The table of input formats: every row reached by its name, its extensions and its content.</summary>
public sealed class ReportReadersTests
{
    private static IEnumerable<InputFormat> Rows => ReportReaders.All;

    [Test]
    public void The_table_names_pdf_html_and_text_in_the_order_content_is_tried()
    {
        Assert.That(ReportReaders.Names, Is.EqualTo(new[] { "pdf", "html", "text" }));
        Assert.That(ReportReaders.Extensions, Is.EqualTo(new[] { ".pdf", ".html", ".htm", ".xhtml", ".txt", ".text" }));
    }

    [TestCaseSource(nameof(Rows))]
    public void Each_row_is_reached_by_its_name(InputFormat row)
    {
        Assert.That(ReportReaders.ForName(row.Name), Is.SameAs(row.Reader));
        Assert.That(row.Reader.Format, Is.EqualTo(row.Name), "the name --from takes is the one written to input.format");
    }

    [TestCaseSource(nameof(Rows))]
    public void Each_row_is_reached_by_each_of_its_extensions_in_any_case(InputFormat row)
    {
        foreach (string extension in row.Extensions)
        {
            Assert.That(ReportReaders.ForExtension("report" + extension), Is.SameAs(row));
            Assert.That(ReportReaders.ForExtension("REPORT" + extension.ToUpperInvariant()), Is.SameAs(row));
            Assert.That(ReportReaders.IsSupported("dir/report" + extension), Is.True);
            // Bytes no content test claims: the name decides.
            Assert.That(ReportReaders.Detect("plain words"u8, "report" + extension), Is.SameAs(row.Reader));
        }
    }

    [TestCase("002_new_year_topics.pdf", "pdf")]
    [TestCase("002_new_year_topics.html", "html")]
    public void A_format_with_a_content_test_is_told_by_its_bytes_under_any_name(string sample, string format)
    {
        byte[] bytes = File.ReadAllBytes(Path.Combine(TestFiles.Samples, sample));
        var row = ReportReaders.All.Single(r => r.Name == format);
        Assert.That(row.Recognises!(bytes), Is.True);
        Assert.That(ReportReaders.All.Where(r => r.Recognises?.Invoke(bytes) == true).Select(r => r.Name).First(), Is.EqualTo(format));
        Assert.That(ReportReaders.Detect(bytes, "report.txt"), Is.SameAs(row.Reader));
        Assert.That(ReportReaders.Detect(bytes, "report"), Is.SameAs(row.Reader));
    }

    [Test]
    public void Text_has_no_content_test_and_is_what_an_unknown_name_is_read_as()
    {
        Assert.That(ReportReaders.All.Single(r => r.Name == "text").Recognises, Is.Null);
        Assert.That(ReportReaders.Detect("plain words"u8, "report.md").Format, Is.EqualTo("text"));
        Assert.That(ReportReaders.ForExtension("report.md"), Is.Null);
        Assert.That(ReportReaders.IsSupported("report.md"), Is.False);
    }

    [Test]
    public void A_pdf_header_wins_over_markup_after_it()
    {
        byte[] both = "<html><body>\n%PDF-1.4\n1 0 obj\n"u8.ToArray();
        Assert.That(ReportReaders.Detect(both, "page.html").Format, Is.EqualTo("pdf"));
    }

    [Test]
    public void An_unknown_name_is_refused_with_the_known_ones()
    {
        Assert.That(() => ReportReaders.ForName("docx"),
            Throws.ArgumentException.With.Message.StartsWith("unknown input format 'docx'; known: pdf, html, text"));
    }
}
