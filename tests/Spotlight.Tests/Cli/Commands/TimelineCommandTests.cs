using System.Text;
using System.Text.Json.Nodes;
using Spotlight.Tests.Writing;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>spotlight timeline as a user runs it: inputs as parse reads them, formats, filters, failures and exit codes.</summary>
public sealed class TimelineCommandTests
{
    private const string Header = "date,granularity,modifier,start,end,date_text,region,section_id,section_heading,kind,"
        + "file,series,period_start,period_end,id,text,sources,outlets,also_in";

    private string _dir = null!;

    [SetUp]
    public void MakeReports()
    {
        _dir = Directory.CreateTempSubdirectory("spotlight-timeline-").FullName;
        string reports = Directory.CreateDirectory(Path.Combine(_dir, "reports")).FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(reports, "a-seed.txt"));
        File.Copy(Path.Combine(TestFiles.Samples, "001_bullets_highlights.txt"), Path.Combine(reports, "b-highlights.txt"));
        File.Copy(Path.Combine(TestFiles.Samples, "001_bullets_highlights.html"), Path.Combine(reports, "c-highlights.html"));
        File.WriteAllBytes(Path.Combine(reports, "b2-empty.txt"), []);
    }

    [TearDown]
    public void Remove() => Directory.Delete(_dir, recursive: true);

    private CliRunner.Result Run(params string[] args) => CliRunner.Run(_dir, args);

    private static string[] Lines(string text) => text.Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    private static List<string[]> Rows(string csv) => CsvReadBack.Table(csv).Rows;

    [Test]
    public void The_seed_gives_its_32_events_in_date_order_as_csv_on_stdout()
    {
        var result = Run("timeline", "reports/a-seed.txt");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stderr, Is.Empty, "one input: no summary line");
        Assert.That(result.Stdout, Does.StartWith(Header + "\r\n"
            + "2020-05,month,,2020-05-01,2020-05-31,May 2020,Afghanistan,afghanistan,Iranian Involvement in Afghanistan,item,"
            + "reports/a-seed.txt,Spotlight on Iran,2021-11-04,2021-11-18,afghanistan-4,\"The head of the Joint Iranian-Afghan Trade Committee"));
        var rows = Rows(result.Stdout);
        Assert.That(rows, Has.Count.EqualTo(32));
        Assert.That(rows.Select(r => r[3]), Is.Ordered, "by the first day each date covers");
        Assert.That(rows.Where(r => r[0] == "2021-11").Select(r => $"{r[2]} {r[14]} {r[3]} {r[4]}"),
            Is.EqualTo(new[] { "mid overview-5 2021-11-01 2021-11-30", "mid afghanistan-4 2021-11-01 2021-11-30" }),
            "a month sorts at its first day, before the days of the month");
    }

    [Test]
    public void A_week_sorts_at_its_monday_after_the_days_of_that_monday_and_a_year_at_new_year()
    {
        File.Copy(Path.Combine(TestFiles.Samples, "011_jihad_arena_dashes.txt"), Path.Combine(_dir, "jihad.txt"));
        File.Copy(Path.Combine(TestFiles.Samples, "012_jihad_repost_pdf_breaks.txt"), Path.Combine(_dir, "repost.txt"));
        var rows = Rows(Run("timeline", "jihad.txt", "repost.txt", "-q").Stdout);
        var week = rows.FindIndex(r => r[0] == "2020-W03");
        Assert.That(rows[week][1..5], Is.EqualTo(new[] { "week", "", "2020-01-13", "2020-01-19" }));
        Assert.That(rows[week - 1][0], Is.EqualTo("2020-01-13"));
        Assert.That(rows[week + 1][0], Is.EqualTo("2020-01-14"));
        var year = rows.FindIndex(r => r[0] == "2020");
        Assert.That(rows[year][1..5], Is.EqualTo(new[] { "year", "", "2020-01-01", "2020-12-31" }));
        Assert.That(year, Is.EqualTo(0), "2020 sorts at New Year's day, before the reports' January days");
        Assert.That(rows[year][10], Is.EqualTo("repost.txt"));
    }

    [Test]
    public void A_failing_input_in_the_middle_is_named_and_the_others_are_written_with_exit_1()
    {
        var result = Run("timeline", "reports/a-seed.txt", "missing.txt", "reports/b2-empty.txt", "reports/b-highlights.txt", "-o", "out.csv");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        var stderr = Lines(result.Stderr);
        Assert.That(stderr[..2], Is.EqualTo(new[] { "spotlight: missing.txt: no such file", "spotlight: reports/b2-empty.txt: empty file" }));
        Assert.That(stderr[2], Does.Match(@"^converted 2 files, 2 failed, 58 events, [0-9]+ KB in [0-9.]+ s$"));
        Assert.That(stderr, Has.Length.EqualTo(3));
        var rows = Rows(File.ReadAllText(Path.Combine(_dir, "out.csv")));
        Assert.That(rows.GroupBy(r => r[10]).ToDictionary(g => g.Key, g => g.Count()),
            Is.EqualTo(new Dictionary<string, int> { ["reports/a-seed.txt"] = 32, ["reports/b-highlights.txt"] = 26 }));
    }

    [Test]
    public void Fail_fast_stops_reading_at_the_first_failure()
    {
        var result = Run("timeline", "reports/a-seed.txt", "missing.txt", "reports/b-highlights.txt", "--fail-fast", "-q");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: missing.txt: no such file" }));
        Assert.That(Rows(result.Stdout).Select(r => r[10]).Distinct(), Is.EqualTo(new[] { "reports/a-seed.txt" }));
    }

    [Test]
    public void Stdin_is_read_with_a_dash_and_named_so()
    {
        var result = CliRunner.Run(_dir, File.ReadAllBytes(TestFiles.SeedPath), "timeline", "-", "--from-format", "text", "-f", "ndjson");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var events = Lines(result.Stdout).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.That(events, Has.Count.EqualTo(32));
        Assert.That(events.Select(e => e["reports"]![0]!["file"]!.GetValue<string>()).Distinct(), Is.EqualTo(new[] { "-" }));
    }

    [TestCase("t.csv", "csv")]
    [TestCase("t.json", "json")]
    [TestCase("t.ndjson", "ndjson")]
    [TestCase("t.JSONL", "ndjson")]
    [TestCase("t.txt", "csv")]
    public void The_output_file_extension_chooses_the_format(string name, string format)
    {
        var result = Run("timeline", "reports/a-seed.txt", "-o", name);
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(result.Stdout, Is.Empty);
        string text = File.ReadAllText(Path.Combine(_dir, name));
        switch (format)
        {
            case "csv":
                Assert.That(text, Does.StartWith(Header + "\r\n"));
                break;
            case "json":
                Assert.That(JsonNode.Parse(text)!.AsArray(), Has.Count.EqualTo(32));
                Assert.That(text, Does.StartWith("[\n  {\n    \"date\": \"2020-05\","));
                break;
            default:
                Assert.That(Lines(text).Select(l => JsonNode.Parse(l)!["date"]!.GetValue<string>()).First(), Is.EqualTo("2020-05"));
                Assert.That(Lines(text), Has.Length.EqualTo(32));
                break;
        }
    }

    [TestCase(new[] { "--from", "2021-13" }, "spotlight: --from: '2021-13' is not a date (2021-11-05) or a month (2021-11)")]
    [TestCase(new[] { "--to", "November" }, "spotlight: --to: 'November' is not a date (2021-11-05) or a month (2021-11)")]
    [TestCase(new[] { "--to", "2021-11-31" }, "spotlight: --to: '2021-11-31' is not a date (2021-11-05) or a month (2021-11)")]
    [TestCase(new[] { "--from", "2021-1" }, "spotlight: --from: '2021-1' is not a date (2021-11-05) or a month (2021-11)")]
    [TestCase(new[] { "--from", "2021-12", "--to", "2021-11" }, "spotlight: --from 2021-12 is after --to 2021-11: no day is in both")]
    [TestCase(new[] { "--region", "" }, "spotlight: --region: the value is empty (expected REGION)")]
    [TestCase(new[] { "--source", " " }, "spotlight: --source: the value is empty (expected OUTLET)")]
    [TestCase(new[] { "-o", "t.json", "-f", "csv" }, "spotlight: --format csv does not match --output t.json, a json file; drop one or make them agree")]
    [TestCase(new[] { "--from", "text" }, "spotlight: --from: 'text' is not a date (2021-11-05) or a month (2021-11)")]
    public void A_bad_value_is_one_usage_line_naming_the_option_and_the_value_with_exit_2(string[] options, string line)
    {
        var result = Run(["timeline", "reports/a-seed.txt", .. options]);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { line, "Try 'spotlight timeline --help' for more information." }));
        Assert.That(result.Stdout, Is.Empty);
    }

    [Test]
    public void An_unknown_format_is_refused_with_the_known_ones()
    {
        var result = Run("timeline", "reports/a-seed.txt", "-f", "yaml");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(Lines(result.Stderr)[0], Does.Contain("'yaml'").And.Contain("csv"));
    }

    [Test]
    public void A_month_range_keeps_the_whole_months_and_a_day_range_the_events_it_meets()
    {
        var november = Rows(Run("timeline", "reports/a-seed.txt", "--from", "2021-11", "--to", "2021-11").Stdout);
        Assert.That(november.Select(r => r[0]).Distinct(), Has.None.StartsWith("2020").And.None.StartsWith("2021-05").And.None.StartsWith("2021-10"));
        Assert.That(november, Has.Count.EqualTo(29), "all but the seed's three earlier months");
        var day = Rows(Run("timeline", "reports/a-seed.txt", "--from", "2021-11-15", "--to", "2021-11-15").Stdout);
        Assert.That(day.Select(r => $"{r[0]} {r[14]}"), Is.EqualTo(new[]
        {
            "2021-11 overview-5", "2021-11 afghanistan-4", "2021-11-15 syria-3", "2021-11-15 afghanistan-1", "2021-11-15 afghanistan-fig-1",
        }));
    }

    [Test]
    public void Region_and_source_filters_repeat_and_ignore_case()
    {
        var rows = Rows(Run("timeline", "reports/a-seed.txt", "--region", "IRAQ", "--region", "palestinian-arena", "--source", "fars news agency",
            "--source", "al-jazeera").Stdout);
        Assert.That(rows.Select(r => $"{r[0]} {r[14]}"), Is.EqualTo(new[]
        {
            "2021-10 iraq-5", "2021-11-04 iraq-5", "2021-11-04 iraq-fig-1", "2021-11-07 iraq-1", "2021-11-08 palestinian-arena-1",
        }));
    }

    [Test]
    public void The_same_report_as_text_and_as_a_web_page_is_one_timeline_naming_both()
    {
        var result = Run("timeline", "reports/b-highlights.txt", "reports/c-highlights.html", "-q");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        var rows = Rows(result.Stdout);
        Assert.That(rows, Has.Count.EqualTo(26));
        Assert.That(rows.Select(r => r[10]).Distinct(), Is.EqualTo(new[] { "reports/b-highlights.txt" }), "the first report read is the one shown");
        Assert.That(rows.Select(r => r[18]), Is.EqualTo(rows.Select(r => $"reports/c-highlights.html#{r[14]}")));
    }

    [Test]
    public void A_folder_is_read_as_parse_reads_it_and_the_summary_counts_the_events()
    {
        var result = Run("timeline", "reports");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        var stderr = Lines(result.Stderr);
        Assert.That(stderr[0], Is.EqualTo("spotlight: reports/b2-empty.txt: empty file"));
        Assert.That(stderr[1], Does.Match(@"^converted 3 files, 1 failed, 58 events, [0-9]+ KB in [0-9.]+ s$"));
        Assert.That(Rows(result.Stdout), Has.Count.EqualTo(58));
    }

    [Test]
    public void An_output_that_would_replace_an_input_is_refused_before_anything_is_read()
    {
        byte[] before = File.ReadAllBytes(Path.Combine(_dir, "reports", "a-seed.txt"));
        var result = Run("timeline", "reports/a-seed.txt", "-o", "reports/a-seed.txt");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: reports/a-seed.txt: would replace the input reports/a-seed.txt; nothing was written" }));
        Assert.That(File.ReadAllBytes(Path.Combine(_dir, "reports", "a-seed.txt")), Is.EqualTo(before));
        Assert.That(Run("timeline", "reports/a-seed.txt", "-o", "reports").ExitCode, Is.EqualTo(2), "a directory is no output file");
    }

    [Test]
    public void An_existing_output_is_kept_when_no_input_could_be_read()
    {
        File.WriteAllText(Path.Combine(_dir, "out.csv"), "kept");
        var result = Run("timeline", "missing.txt", "-o", "out.csv");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "out.csv")), Is.EqualTo("kept"));
        var stdout = Run("timeline", "missing.txt");
        Assert.That(stdout.Stdout, Is.EqualTo(Header + "\r\n"), "stdout still gets the table's shape");
    }

    [Test]
    public void An_output_folder_that_is_missing_is_a_write_failure_with_exit_1()
    {
        var result = Run("timeline", "reports/a-seed.txt", "-o", "nodir/out.csv");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: nodir/out.csv: cannot write (no such directory: nodir)" }));
    }

    [Test]
    public void The_help_shows_the_filters_and_examples()
    {
        var result = Run("timeline", "--help");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Stdout, Does.Contain("--region <REGION>").And.Contain("--from <DATE>").And.Contain("--to <DATE>")
            .And.Contain("--source <OUTLET>").And.Contain("--from-format <html|pdf|text>").And.Contain("-f, --format <csv|html|json|ndjson>")
            .And.Contain("Examples:\n  spotlight timeline reports/ -r "));
    }

    [Test]
    public void Schema_timeline_prints_the_event_schema()
    {
        var result = Run("schema", "--timeline");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(JsonNode.Parse(result.Stdout)!["title"]!.GetValue<string>(), Is.EqualTo("spotlight timeline event"));
        Assert.That(result.Stdout, Is.EqualTo(Encoding.UTF8.GetString(SchemaBytes())));
    }

    private static byte[] SchemaBytes()
    {
        using var stream = new MemoryStream();
        Spotlight.Writing.Timeline.TimelineSchema.Write(stream);
        return stream.ToArray();
    }
}
