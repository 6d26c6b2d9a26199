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

    private static ReportTree Sample(string name) => TreeCorpus.Parse(Path.Combine("samples", name));

    private static string[] Lines(string csv) => csv.Split("\r\n");

    [Test]
    public void Items_rows_carry_the_report_the_section_and_the_node()
    {
        var document = Sample("001_bullets_highlights.txt");
        var (_, rows) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), document));
        var row = rows.Single(r => r[7] == "syria-2");
        Assert.That(row[..11], Is.EqualTo(new[]
        {
            "samples/001_bullets_highlights.txt", "Spotlight on Iran", "2017-09-10", "2017-09-17", "syria", "Iranian Involvement in Syria",
            "Syria", "syria-2", "item", "31", "33",
        }));
        Assert.That(row[12..], Is.EqualTo(new[] { "2017-09-13;2017-09-13;2017-09-14", "'@deirezzor_now;euphrates_post" }));

        string figure = Lines(TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), Sample("008_pdf_n_bullets_footnote.txt")))
            .Single(line => line.Contains(",syria-fig-1,", StringComparison.Ordinal));
        Assert.That(figure, Is.EqualTo("samples/008_pdf_n_bullets_footnote.txt,Spotlight on Iran,2018-04-08,2018-04-22,syria,Iranian Involvement in Syria,"
            + "Syria,syria-fig-1,figure,42,42,\"Mourners at the funeral of one of the advisers killed in Syria, held in Isfahan (Fars, April 12)\",2018-04-12,Fars"));
    }

    [Test]
    public void A_report_without_a_period_leaves_its_dates_empty_and_a_section_without_a_region_its_region()
    {
        var document = Seed with { Report = Seed.Report with { Period = null } };
        var (_, rows) = CsvReadBack.Table(TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), document));
        Assert.That(rows[0][..7], Is.EqualTo(new[] { document.Input.Path, "Spotlight on Iran", "", "", "overview", "Overview", "" }));
    }

    [Test]
    public void Sources_rows_name_the_platform_and_dates_rows_the_modifier_in_lower_case()
    {
        var document = Sample("001_bullets_highlights.txt");
        string[] sources = Lines(TreeCorpus.Render(new CsvReportWriter(CsvTable.Sources), document));
        Assert.That(sources.Where(line => line.Contains(",syria-2,", StringComparison.Ordinal) || line.Contains(",iraq-3,", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "samples/001_bullets_highlights.txt,syria,syria-2,\"'@deirezzor_now\",,citation,twitter,2017-09-13,33",
            "samples/001_bullets_highlights.txt,syria,syria-2,euphrates_post,,citation,twitter,2017-09-14,33",
            "samples/001_bullets_highlights.txt,iraq,iraq-3,Fars,Fars News Agency,citation,,2017-09-14,53",
            "samples/001_bullets_highlights.txt,iraq,iraq-3,Shafaq News,Shafaq News,inline,website,2017-09-15,53",
        }));
        string[] dates = Lines(TreeCorpus.Render(new CsvReportWriter(CsvTable.Dates), document));
        Assert.That(dates.Where(line => line.Contains(",lebanon-2,", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            "samples/001_bullets_highlights.txt,lebanon,lebanon-2,mid-September,2017-09,month,mid,false,41",
            "samples/001_bullets_highlights.txt,lebanon,lebanon-2,2006,2006,year,,false,43",
            "samples/001_bullets_highlights.txt,lebanon,lebanon-2,September 13,2017-09-13,day,,false,43",
        }));
        Assert.That(dates.Where(line => line.Contains(",iraq-2,", StringComparison.Ordinal)).Take(2), Is.EqualTo(new[]
        {
            "samples/001_bullets_highlights.txt,iraq,iraq-2,early November,2017-11,month,early,false,51",
            "samples/001_bullets_highlights.txt,iraq,iraq-2,this year,2017,year,,true,51",
        }));
    }

    [Test]
    public void Footnotes_and_furniture_tables_have_one_row_each_with_its_lines()
    {
        var document = Sample("008_pdf_n_bullets_footnote.txt");
        Assert.That(TreeCorpus.Render(new CsvReportWriter(CsvTable.Footnotes), document), Is.EqualTo(
            "file,mark,text,line_start,line_end\r\n"
            + "samples/008_pdf_n_bullets_footnote.txt,1,Figures in this summary are as published by the ministry.,50,50\r\n"));
        Assert.That(TreeCorpus.Render(new CsvReportWriter(CsvTable.Furniture), document), Is.EqualTo(
            "file,kind,text,line_start,line_end\r\n"
            + "samples/008_pdf_n_bullets_footnote.txt,document-number,078-18 1,48,48\r\n"
            + "samples/008_pdf_n_bullets_footnote.txt,document-number,078-18 2,95,95\r\n"
            + "samples/008_pdf_n_bullets_footnote.txt,document-number,078-18 3,101,101\r\n"));
    }

    [Test]
    public void A_footnote_or_furniture_over_several_lines_gives_its_first_and_last_line()
    {
        var sample = Sample("008_pdf_n_bullets_footnote.txt");
        var document = sample with
        {
            Report = sample.Report with
            {
                Footnotes = [new Footnote("1", "Figures as published.", new LineRange(50, 52))],
                Furniture = [new Furniture(FurnitureKind.RunningHeader, "Spotlight on Iran", new LineRange(60, 61))],
            },
        };
        Assert.That(TreeCorpus.Render(new CsvReportWriter(CsvTable.Footnotes), document), Is.EqualTo(
            "file,mark,text,line_start,line_end\r\n"
            + "samples/008_pdf_n_bullets_footnote.txt,1,Figures as published.,50,52\r\n"));
        Assert.That(TreeCorpus.Render(new CsvReportWriter(CsvTable.Furniture), document), Is.EqualTo(
            "file,kind,text,line_start,line_end\r\n"
            + "samples/008_pdf_n_bullets_footnote.txt,running-header,Spotlight on Iran,60,61\r\n"));
    }

    [TestCase(CsvTable.Footnotes)]
    [TestCase(CsvTable.Furniture)]
    public void A_report_without_footnotes_or_furniture_gives_the_header_alone(CsvTable table)
    {
        Assert.That(TreeCorpus.Render(new CsvReportWriter(table), Seed), Is.EqualTo(string.Join(',', CsvRows.Header(table)) + "\r\n"));
    }

    [TestCase(CsvTable.Items)]
    [TestCase(CsvTable.Sources)]
    [TestCase(CsvTable.Dates)]
    [TestCase(CsvTable.Sections)]
    public void Only_the_footnotes_and_furniture_tables_list_footnotes_and_furniture(CsvTable table)
    {
        string csv = TreeCorpus.Render(new CsvReportWriter(table), Sample("008_pdf_n_bullets_footnote.txt"));
        Assert.That(csv, Does.Not.Contain("078-18").And.Not.Contain("published by the ministry"));
    }

    [Test]
    public void Fields_with_a_comma_a_quote_or_a_line_break_are_quoted_and_quotes_doubled()
    {
        var document = WithSeries(Seed, "He said \"no\", twice\r\nthen left");
        string row = TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), document).Split("\r\n", 2)[1];
        Assert.That(row, Does.StartWith(document.Input.Path + ",\"He said \"\"no\"\", twice\r\nthen left\",2021-11-04,2021-11-18,overview,"));
    }

    [TestCase("=1+2", "\"'=1+2\"")]
    [TestCase("\rcmd", "\"'\rcmd\"")]
    [TestCase("plain - text", "plain - text")]
    public void The_escape_of_a_formula_is_written_inside_quotes(string series, string field)
    {
        string row = TreeCorpus.Render(new CsvReportWriter(CsvTable.Items), WithSeries(Seed, series)).Split("\r\n", 2)[1];
        Assert.That(row, Does.StartWith(Seed.Input.Path + "," + field + ",2021-11-04,"));
        string raw = TreeCorpus.Render(new CsvReportWriter(CsvTable.Items, sanitize: false), WithSeries(Seed, "=1+2")).Split("\r\n", 2)[1];
        Assert.That(raw, Does.StartWith(Seed.Input.Path + ",=1+2,2021-11-04,"));
    }

    [Test]
    public void Each_report_is_in_the_stream_as_soon_as_it_is_written()
    {
        using var stream = new MemoryStream();
        var output = new CsvReportWriter(CsvTable.Sections).Open(stream, many: true);
        output.Write(Seed);
        string written = Encoding.UTF8.GetString(stream.ToArray());
        output.Dispose();
        Assert.That(written, Does.EndWith(",afghanistan,region,Iranian Involvement in Afghanistan,Afghanistan,68,88,4,2\r\n"));
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(written));
    }

    private static ReportTree WithSeries(ReportTree document, string series) =>
        document with { Report = document.Report with { Series = series } };

    // Text that opens like a formula comes back with the escape in front of it.
    private static string Unescape(string field) => field.StartsWith('\'') ? field[1..] : field;
}
