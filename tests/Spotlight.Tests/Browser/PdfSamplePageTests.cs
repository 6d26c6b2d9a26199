namespace Spotlight.Tests.Browser;

/// <summary>A PDF sample's page: items on pages, a footnote and page furniture set apart.</summary>
public sealed class PdfSamplePageTests : ReportPageChecks
{
    private const string Sample = "008_pdf_n_bullets_footnote.pdf";

    protected override string Name => "pdf-sample";

    private protected override RenderedReport Render() => RenderedReport.OfFile(Path.Combine(TestFiles.Samples, Sample), "samples/" + Sample);
}
