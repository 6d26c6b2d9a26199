using Spotlight.Fuzz;
using Spotlight.Reading;

namespace Spotlight.Tests.Fuzzing;

/// <summary>
/// Every input the fuzzer found a failure with, kept in Data/fuzz/TARGET/ and run through the fuzzing target
/// itself: for a reader, read, parse, tree invariants, validation, every writer; for yaml, list and pdf-struct,
/// what their targets do with the bytes (see tests/Spotlight.Fuzz/Targets).
/// </summary>
public class FuzzFindingTests
{
    public static IEnumerable<TestCaseData> Findings() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "fuzz"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(Path.GetDirectoryName(path)!), path)
                .SetArgDisplayNames($"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}"));

    [TestCaseSource(nameof(Findings))]
    public void A_finding_of_the_fuzzer_runs_through_the_target(string target, string path)
    {
        Assert.That(() => Target.For(target).Run(File.ReadAllBytes(path)), Throws.Nothing);
    }

    [Test]
    public void Every_target_but_html_has_findings_kept()
    {
        Assert.That(Findings().Select(f => (string)f.Arguments[0]!).Distinct(), Is.SupersetOf(new[] { "text", "pdf", "yaml", "list", "pdf-struct" }));
    }

    /// <summary>The PDFs the pdf-struct recipes make, each refused before PdfPig reads it, for the reason that is its own.</summary>
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

    [Test]
    public void A_year_written_in_other_digits_is_no_date_and_no_crash()
    {
        // U+07C0 is NKo digit zero: a Unicode digit that int.Parse refuses, which a \d in a pattern let through.
        var document = ReportPipeline.Parse("Spotlight on Iran\n\nOverview\n\n► Talks in 196߀ and in 2019 (IRNA).\n"u8, "nko.txt", new PlainTextReader());
        var dates = document.Report.Sections.SelectMany(s => s.Items).SelectMany(i => i.Dates).Select(d => d.Text);
        Assert.That(dates, Is.EqualTo(new[] { "2019" }));
    }
}
