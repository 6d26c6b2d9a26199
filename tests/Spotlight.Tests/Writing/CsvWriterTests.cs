using System.Text;
using Spotlight.Model;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

public sealed class CsvWriterTests
{
    private static ReportTree Seed => TreeCorpus.Parse(TreeCorpus.Names().First());

    [TestCase(CsvTable.Items, new[] { "file", "series", "period_start", "period_end", "section_id", "section_heading", "region", "id", "kind", "line_start", "line_end", "text", "dates", "sources" })]
    [TestCase(CsvTable.Sources, new[] { "file", "section_id", "id", "name", "outlet", "kind", "platform", "date", "line" })]
    [TestCase(CsvTable.Dates, new[] { "file", "section_id", "id", "text", "value", "granularity", "modifier", "relative", "line" })]
    [TestCase(CsvTable.Sections, new[] { "file", "section_id", "kind", "heading", "region", "line_start", "line_end", "items", "figures" })]
    [TestCase(CsvTable.Footnotes, new[] { "file", "mark", "text", "line_start", "line_end" })]
    [TestCase(CsvTable.Furniture, new[] { "file", "kind", "text", "line_start", "line_end" })]
    public void Columns_are_the_contract_s(CsvTable table, string[] columns)
    {
        Assert.That(CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(table), Seed)).Header, Is.EqualTo(columns));
    }

    [TestCase(CsvTable.Items)]
    [TestCase(CsvTable.Furniture)]
    public void A_batch_in_which_every_input_failed_gives_the_header_alone(CsvTable table)
    {
        using var stream = new MemoryStream();
        new CsvReportWriter(table).Open(stream, many: true).Dispose();
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(string.Join(',', CsvRows.Header(table)) + "\r\n"));
    }

    [Test]
    public void One_report_that_gave_no_output_gives_no_header()
    {
        using var stream = new MemoryStream();
        new CsvReportWriter(CsvTable.Items).Open(stream, many: false).Dispose();
        Assert.That(stream.Length, Is.Zero);
    }

    [TestCaseSource(typeof(TreeCorpus), nameof(TreeCorpus.Names))]
    public void Items_table_has_one_row_per_node_with_its_text(string path)
    {
        var document = TreeCorpus.Parse(path);
        var (_, rows) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), document));
        var nodes = document.Report.Sections.SelectMany(s =>
            s.Items.Select(i => (s.Id, i.Id, "item", i.Text, string.Join(';', i.Dates.Select(d => d.Value)), string.Join(';', i.Sources.Select(x => x.Name))))
            .Concat(s.Figures.Select(f => (s.Id, f.Id, "figure", f.Caption, string.Join(';', f.Dates.Select(d => d.Value)), string.Join(';', f.Sources.Select(x => x.Name))))));
        Assert.That(rows.Select(r => (r[4], r[7], r[8], Unescape(r[11]), r[12], Unescape(r[13]))), Is.EqualTo(nodes));
        Assert.That(rows.All(r => r[0] == path), Is.True);
    }

    [Test]
    public void Sources_and_dates_tables_have_one_row_per_mention_with_its_line()
    {
        var (_, sources) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Sources), Seed));
        var (_, dates) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Dates), Seed));
        Assert.That((sources.Count, dates.Count), Is.EqualTo((29, 40)));
        Assert.That(sources.Single(r => r[2] == "afghanistan-1").Skip(3), Is.EqualTo(new[] { "Fars", "Fars News Agency", "citation", "", "2021-11-15", "72" }));
        Assert.That(dates.Where(r => r[2] == "iraq-5").Select(r => (r[3], r[4], r[5], r[6], r[7], r[8])), Is.EqualTo(new[]
        {
            ("November 4", "2021-11-04", "day", "", "false", "55"),
            ("last month", "2021-10", "month", "", "true", "57"),
            ("November 4", "2021-11-04", "day", "", "false", "57"),
        }));
    }

    [Test]
    public void Sections_table_counts_items_and_figures()
    {
        var (_, rows) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Sections), Seed));
        Assert.That(rows.Select(r => (r[1], r[2], r[5], r[6], r[7], r[8])), Is.EqualTo(new[]
        {
            ("overview", "summary", "11", "18", "5", "0"), ("syria", "region", "20", "40", "5", "2"), ("iraq", "region", "42", "62", "5", "1"),
            ("palestinian-arena", "region", "64", "66", "1", "0"), ("afghanistan", "region", "68", "88", "4", "2"),
        }));
    }

    [TestCase("=HYPERLINK(\"http://x\",\"click\")")]
    [TestCase("+1")]
    [TestCase("@SUM(A1:A2)")]
    [TestCase("-2+3")]
    [TestCase("\tcmd")]
    public void Formulas_are_neutralised_by_default(string formula)
    {
        var document = WithSeries(Seed, formula);
        var (_, rows) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), document));
        Assert.That(rows[0][1], Is.EqualTo("'" + formula));

        var (_, raw) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Items, sanitize: false), document));
        Assert.That(raw[0][1], Is.EqualTo(formula));
    }

    [Test]
    public void Rfc_4180_crlf_utf8_without_bom_unless_asked()
    {
        byte[] plain = TreeCorpus.RenderBytes(new CsvReportWriter(CsvTable.Sections), Seed);
        Assert.That(plain[..4], Is.EqualTo("file"u8.ToArray()));
        Assert.That(Encoding.UTF8.GetString(plain), Does.Contain("figures\r\n"));
        byte[] bom = TreeCorpus.RenderBytes(new CsvReportWriter(CsvTable.Sections, byteOrderMark: true), Seed);
        Assert.That(bom[..7], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'f', (byte)'i', (byte)'l', (byte)'e' }));
    }

    [Test]
    public void Many_reports_share_one_header_and_the_file_column_tells_them_apart()
    {
        var documents = TreeCorpus.Names().Take(3).Select(TreeCorpus.Parse).ToArray();
        var (header, rows) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Sections), documents));
        Assert.That(header[0], Is.EqualTo("file"));
        Assert.That(rows.Count(r => r[0] == "file"), Is.Zero);
        Assert.That(rows.Select(r => r[0]).Distinct(), Is.EqualTo(documents.Select(d => d.Input.Path)));
        Assert.That(rows, Has.Count.EqualTo(documents.Sum(d => d.Report.Sections.Length)));
    }

    private static ReportTree WithSeries(ReportTree document, string series) =>
        document with { Report = document.Report with { Series = series } };

    // Text that opens like a formula comes back with the escape in front of it.
    private static string Unescape(string field) => field.StartsWith('\'') ? field[1..] : field;
}
