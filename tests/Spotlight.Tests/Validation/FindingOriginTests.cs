using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using NJsonSchema;
using Spotlight.Diagnostics;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Tests.Reading;
using Spotlight.Validation;
using Spotlight.Writing.Findings;

namespace Spotlight.Tests.Validation;

/// <summary>
/// validate on a web page points at the line of the page's source the finding's element opens on, not at a line of the
/// normalised text (which in a page with a style sheet is a line of CSS); on a PDF it names the page and the line on
/// it. In every findings format, and in the parse tree's diagnostics.
/// </summary>
public sealed class FindingOriginTests
{
    private static ImmutableArray<Diagnostic> Validate(byte[] bytes, IReportReader reader) =>
        Validator.Validate(ReportPipeline.ParseWithSource(bytes, "x", reader, ProfileChoice.BuiltIn), ValidationConfig.Default);

    private static Diagnostic NoSourceInHtml() =>
        Validate(Encoding.UTF8.GetBytes(InputPositionTests.Page), new HtmlReportReader()).Single(d => d.Code == "SPT008");

    private static Diagnostic NoSourceInPdf() => Validate(TwoPagePdf.Build(), new PdfReportReader()).Single(d => d.Code == "SPT008");

    private static string Render(IFindingsWriter writer, string path, Diagnostic finding)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream))
            output.Write(new FileFindings(path, [finding]));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void A_finding_in_a_web_page_keeps_its_text_line_and_names_the_page_source_line()
    {
        var finding = NoSourceInHtml();
        // Line 17 of the page holds "  <li>Iranian officials met …": its element opens at column 3.
        Assert.That((finding.Line, finding.Origin), Is.EqualTo(((int?)11, new InputPosition(null, 17, 3))));
    }

    [Test]
    public void A_finding_in_a_pdf_names_its_page_and_the_line_on_it()
    {
        var finding = NoSourceInPdf();
        Assert.That((finding.ItemId, finding.Origin), Is.EqualTo(("iraq-1", new InputPosition(2, 2, 1))));
    }

    [Test]
    public void A_finding_in_plain_text_has_no_other_place()
    {
        var finding = RuleTests.Validate(string.Join('\n', TwoPagePdf.Pages.SelectMany(p => p)) + "\n").Single(d => d.Code == "SPT008");
        Assert.That((finding.Line, finding.Origin), Is.EqualTo(((int?)11, (InputPosition?)null)));
    }

    [Test]
    public void Parse_findings_are_placed_too()
    {
        // A period that runs backwards (SPT003) is found by the parse, not by a rule, and is placed all the same.
        string page = InputPositionTests.Page.Replace("November 4, 2021 – November 18, 2021", "November 18, 2021 – November 4, 2021");
        var tree = ReportPipeline.Parse(Encoding.UTF8.GetBytes(page), "x.html", new HtmlReportReader());
        var finding = tree.Diagnostics.Single(d => d.Code == "SPT003");
        Assert.That((finding.Line, finding.Origin), Is.EqualTo(((int?)3, new InputPosition(null, 12, 1))));
    }

    [Test]
    public void Text_names_the_page_source_line_of_a_web_page_and_the_page_of_a_pdf()
    {
        Assert.That(Render(new TextFindingsWriter(), "r.html", NoSourceInHtml()), Is.EqualTo("r.html:17:3: warning SPT008: item cites no source\n"));
        Assert.That(Render(new TextFindingsWriter(), "r.pdf", NoSourceInPdf()),
            Is.EqualTo("r.pdf: page 2, line 2, column 1: warning SPT008: item cites no source\n"));
    }

    [Test]
    public void GitHub_annotates_the_page_source_line_and_a_pdf_as_a_whole_naming_the_page()
    {
        Assert.That(Render(new GitHubFindingsWriter(), "r.html", NoSourceInHtml()),
            Is.EqualTo("::warning file=r.html,line=17,col=3,title=SPT008::item cites no source\n"));
        Assert.That(Render(new GitHubFindingsWriter(), "r.pdf", NoSourceInPdf()),
            Is.EqualTo("::warning file=r.pdf,title=SPT008::page 2, line 2: item cites no source\n"));
    }

    [Test]
    public void Json_findings_carry_the_origin_beside_the_text_line()
    {
        var html = JsonNode.Parse(Render(new JsonFindingsWriter(), "r.html", NoSourceInHtml()))![0]!;
        Assert.That((html["line"]!.GetValue<int>(), html["origin"]!.ToJsonString()), Is.EqualTo((11, """{"line":17,"column":3}""")));
        var pdf = JsonNode.Parse(Render(new JsonFindingsWriter(), "r.pdf", NoSourceInPdf()))![0]!;
        Assert.That(pdf["origin"]!.ToJsonString(), Is.EqualTo("""{"page":2,"line":2,"column":1}"""));
    }

    [Test]
    public void Sarif_regions_are_page_source_lines_and_a_pdf_result_names_its_page_and_validates()
    {
        var writer = new SarifFindingsWriter("1.2.3", DiagnosticCatalog.All);
        var html = JsonNode.Parse(Render(writer, "r.html", NoSourceInHtml()))!["runs"]![0]!["results"]![0]!;
        Assert.That(html["locations"]![0]!["physicalLocation"]!["region"]!.ToJsonString(), Is.EqualTo("""{"startLine":17,"startColumn":3}"""));

        string pdfLog = Render(writer, "r.pdf", NoSourceInPdf());
        var pdf = JsonNode.Parse(pdfLog)!["runs"]![0]!["results"]![0]!;
        Assert.That(pdf["locations"]![0]!["physicalLocation"]!["region"], Is.Null);
        Assert.That(pdf["message"]!["text"]!.GetValue<string>(), Is.EqualTo("page 2, line 2: item cites no source"));
        Assert.That(pdf["properties"]!.ToJsonString(), Is.EqualTo("""{"itemId":"iraq-1","page":2,"pageLine":2,"pageColumn":1}"""));
        var schema = JsonSchema.FromFileAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "sarif-schema-2.1.0.json")).GetAwaiter().GetResult();
        Assert.That(schema.Validate(pdfLog).Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void The_tree_of_a_web_page_keeps_its_text_lines_and_gives_each_node_its_origin()
    {
        var tree = ReportPipeline.Parse(Encoding.UTF8.GetBytes(InputPositionTests.Page), "x.html", new HtmlReportReader());
        var iraq = tree.Report.Sections.Single(s => s.Id == "iraq");
        Assert.That((iraq.Lines.First, iraq.Origin), Is.EqualTo((13, new InputPosition(null, 19, 1))));
        Assert.That(tree.Report.Sections.Single(s => s.Id == "syria").Items.Select(i => (i.Lines.First, i.Origin!.Line)),
            Is.EqualTo(new[] { (9, 16), (11, 17) }));
    }

    [Test]
    public void The_tree_of_plain_text_has_no_origins()
    {
        var tree = ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), "seed.txt", new PlainTextReader());
        Assert.That(tree.Report.Sections.SelectMany(s => s.Items).Select(i => i.Origin).Distinct(), Is.EqualTo(new InputPosition?[] { null }));
    }
}
