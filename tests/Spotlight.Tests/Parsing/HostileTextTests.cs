using Spotlight.Diagnostics;
using System.Text;
using Spotlight.Reading;
using Spotlight.Model;
using Spotlight.Tests.Validation;
using Spotlight.Writing.Findings;
using Spotlight.Validation;

namespace Spotlight.Tests.Parsing;

/// <summary>Text that once lost a source, took a report for a PDF, or gave two nodes one id.</summary>
public sealed class HostileTextTests
{
    private const string Header = "Spotlight on Iran\n\nFebruary 20, 2020 – March 5, 2020\n\nAuthor: Dr. Jane Roe\n\nOverview\n\n";

    [TestCase("(Fars, February 30)", "Fars", "no such day as February 30")]
    [TestCase("(Fars, February 29, 1900)", "Fars", "no such day as February 29, 1900")]
    [TestCase("(Tasnim, April 31, 2020)", "Tasnim", "no such day as April 31, 2020")]
    public void A_citation_with_a_day_no_calendar_has_keeps_its_source_and_is_reported(string citation, string source, string finding)
    {
        string text = Header + $"• Iran sent aid {citation}.\n";
        var item = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "t.txt", new PlainTextReader()).Report.Sections[0].Items.Single();
        Assert.That(item.Dates, Is.Empty);
        Assert.That(item.Sources.Select(s => (s.Name, s.Date)), Is.EqualTo(new[] { (source, (string?)null) }));
        Assert.That(RuleTests.Validate(text).Where(f => f.Code == "SPT015").Select(f => f.Message),
            Is.EqualTo(new[] { $"malformed citation: {citation}: {finding}" }));
    }

    [Test]
    public void February_29_of_a_leap_year_is_a_day()
    {
        string text = Header + "• Iran sent aid (Fars, February 29, 2020).\n";
        var item = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "t.txt", new PlainTextReader()).Report.Sections[0].Items.Single();
        Assert.That(item.Dates.Select(d => d.Value), Is.EqualTo(new[] { "2020-02-29" }));
        Assert.That(RuleTests.Validate(text).Select(f => f.Code), Does.Not.Contain("SPT015"));
    }

    [Test]
    public void A_report_that_mentions_the_pdf_header_is_read_as_text()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Header + "• Files in the %PDF-1.4 format were shared (Fars, March 2).\n");
        Assert.That(ReportReaders.Detect(bytes, "report").Format, Is.EqualTo("text"));
        byte[] pdf = File.ReadAllBytes(Path.Combine(TestFiles.Samples, "001_bullets_highlights.pdf"));
        Assert.That(ReportReaders.Detect(pdf, "report").Format, Is.EqualTo("pdf"));
        byte[] junkFirst = [.. "junk\n"u8, .. pdf];
        Assert.That(ReportReaders.Detect(junkFirst, "report").Format, Is.EqualTo("pdf"), "a little junk before the header, as readers accept");
    }

    [Test]
    public void A_topic_named_like_a_figure_gives_no_id_twice()
    {
        string text = Header.Replace("Overview\n\n", "") + "Iranian Involvement in Syria\n\n• A point (Fars, March 2).\n\n\n\nA photo in Damascus. (Fars, March 2)\n\n"
            + "Syria Fig\n\n• Another point (Fars, March 3).\n";
        var report = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "t.txt", new PlainTextReader()).Report;
        var ids = report.Sections.SelectMany(s => s.Nodes).Select(n => n.Id).ToList();
        Assert.That(ids, Is.EqualTo(new[] { "syria-1", "syria-fig-1", "syria-fig-2-1" }));
        Assert.That(ids, Is.Unique);
    }

    private static string Render(IFindingsWriter writer, string path)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream))
            output.Write(new FileFindings(path, [new Diagnostic("SPT008", DiagnosticSeverity.Warning, "item cites no source\u001B[2J", 3, 1, "syria-1")]));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void A_file_name_with_a_line_break_or_an_escape_cannot_forge_a_finding_line()
    {
        string text = Render(new TextFindingsWriter(), "reports/a.txt:1:1: error SPT001: forged\nb\u001B.txt");
        Assert.That(text, Is.EqualTo("reports/a.txt:1:1: error SPT001: forged\\nb\\x1B.txt:3:1: warning SPT008: item cites no source\\x1B[2J\n"));
        Assert.That(Render(new GitHubFindingsWriter(), "a\nb.txt").Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
    }

    [Test]
    public void A_sarif_uri_is_percent_encoded()
    {
        string sarif = Render(new SarifFindingsWriter("0.1.0", DiagnosticCatalog.All), "reports/report #1.txt");
        Assert.That(sarif, Does.Contain("\"uri\": \"reports/report%20%231.txt\""));
    }
}
