using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>The table of report formats: every row reached by its name and its extensions, and each making its writer.</summary>
public sealed class ReportWritersTests
{
    private static IEnumerable<ReportFormat> Rows => ReportWriters.All;

    private static readonly Lazy<ReportTree> Seed = new(() =>
        ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), "seed.txt", ReportReaders.ForName("text")));

    [Test]
    public void The_table_holds_json_yaml_csv_ndjson_and_html_with_json_the_default()
    {
        Assert.That(ReportWriters.Names, Is.EqualTo(new[] { "json", "yaml", "csv", "ndjson", "html" }));
        Assert.That(ReportWriters.All.Select(r => string.Join(" ", r.Extensions)),
            Is.EqualTo(new[] { ".json", ".yaml .yml", ".csv", ".ndjson .jsonl", ".html .htm" }));
        Assert.That(ReportWriters.Default.Name, Is.EqualTo("json"));
    }

    [TestCaseSource(nameof(Rows))]
    public void Each_row_is_reached_by_its_name_and_each_extension_in_any_case(ReportFormat row)
    {
        Assert.That(ReportWriters.ForName(row.Name), Is.SameAs(row));
        foreach (string extension in row.Extensions)
        {
            Assert.That(ReportWriters.ForPath("out/all" + extension), Is.SameAs(row));
            Assert.That(ReportWriters.ForPath("ALL" + extension.ToUpperInvariant()), Is.SameAs(row));
        }
    }

    [TestCase("json", "{")]
    [TestCase("yaml", "schemaVersion: 1")]
    [TestCase("csv", "file,series,period_start")]
    [TestCase("ndjson", "{\"schemaVersion\":1,")]
    [TestCase("html", "<!DOCTYPE html>\n<html lang=\"en\">")]
    public void Each_row_makes_a_writer_of_its_format(string name, string start)
    {
        var writer = ReportWriters.ForName(name)!.Create(new ReportWriterOptions());
        using var buffer = new MemoryStream();
        using (var output = writer.Open(buffer, many: false))
            output.Write(Seed.Value);
        Assert.That(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), Does.StartWith(start));
    }

    [Test]
    public void The_options_reach_the_writer_that_takes_them()
    {
        var csv = ReportWriters.ForName("csv")!.Create(new ReportWriterOptions(Table: CsvTable.Sections, ByteOrderMark: true));
        using var buffer = new MemoryStream();
        using (var output = csv.Open(buffer, many: false))
            output.Write(Seed.Value);
        byte[] bytes = buffer.ToArray();
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(CsvReadBack.Table(bytes[3..]).Header[..3], Is.EqualTo(new[] { "file", "section_id", "kind" }));
    }

    [TestCase(false, "{\n  \"schemaVersion\": 1,\n")]
    [TestCase(true, "{\"schemaVersion\":1,\"input\":")]
    public void Json_is_indented_unless_compact_is_asked(bool compact, string start)
    {
        var json = ReportWriters.ForName("json")!.Create(new ReportWriterOptions(Compact: compact));
        using var buffer = new MemoryStream();
        json.Write(Seed.Value, buffer);
        Assert.That(System.Text.Encoding.UTF8.GetString(buffer.ToArray()), Does.StartWith(start));
    }

    [Test]
    public void Csv_formulas_are_escaped_unless_asked_not_to_be()
    {
        var document = Seed.Value with { Report = Seed.Value.Report with { Series = "=1+2" } };
        foreach (var (sanitize, field) in new[] { (true, "\"'=1+2\""), (false, "=1+2") })
        {
            var csv = ReportWriters.ForName("csv")!.Create(new ReportWriterOptions(Sanitize: sanitize));
            using var buffer = new MemoryStream();
            csv.Write(document, buffer);
            Assert.That(System.Text.Encoding.UTF8.GetString(buffer.ToArray()).Split("\r\n")[1], Does.StartWith("seed.txt," + field + ","));
        }
    }

    [TestCaseSource(nameof(Rows))]
    public void Each_writer_leaves_the_stream_it_was_given_open(ReportFormat row)
    {
        using var buffer = new MemoryStream();
        using (var output = row.Create(new ReportWriterOptions()).Open(buffer, many: true))
            output.Write(Seed.Value);
        Assert.That(buffer.CanWrite, Is.True, "the stream belongs to the caller");
    }

    [Test]
    public void Only_ndjson_renders_each_report_alone()
    {
        Assert.That(ReportWriters.All.Where(r => r.StandsAlone).Select(r => r.Name), Is.EqualTo(new[] { "ndjson" }));
    }

    [TestCase("out.txt")]
    [TestCase("out")]
    [TestCase("/dev/null")]
    [TestCase("out.json.bak")]
    [TestCase(".json")]
    public void A_name_no_row_claims_chooses_nothing(string path)
    {
        Assert.That(ReportWriters.ForPath(path), Is.Null);
    }

    [TestCase("markdown")]
    [TestCase("")]
    public void A_format_no_row_is_named_by_is_none(string name)
    {
        Assert.That(ReportWriters.ForName(name), Is.Null);
    }
}
