using Spotlight.Model;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;
using static Spotlight.Tests.Timeline.TimelineEventFactory;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>The timeline's CSV: the contract's columns, one row an event, the first report in full and the others in also_in.</summary>
public sealed class CsvTimelineWriterTests
{
    private static readonly string[] Columns =
    [
        "date", "granularity", "modifier", "start", "end", "date_text", "region", "section_id", "section_heading", "kind",
        "file", "series", "period_start", "period_end", "id", "text", "sources", "outlets", "also_in",
    ];

    private static (string[] Header, List<string[]> Rows) Table(params TimelineEvent[] events) =>
        CsvReadBack.Table(TimelineCorpus.Render(new CsvTimelineWriter(), events));

    [Test]
    public void No_event_gives_the_header_alone()
    {
        Assert.That(TimelineCorpus.Render(new CsvTimelineWriter(), []), Is.EqualTo(string.Join(',', Columns) + "\r\n"));
    }

    [Test]
    public void The_seed_s_first_rows_are_its_earliest_dates_a_month_at_its_first_day()
    {
        var (header, rows) = CsvReadBack.Table(TimelineCorpus.Render(new CsvTimelineWriter(), TimelineCorpus.Events([Path.Combine("seeds", TestFiles.SeedName)])));
        Assert.That(header, Is.EqualTo(Columns));
        Assert.That(rows, Has.Count.EqualTo(32));
        string file = Path.Combine("seeds", TestFiles.SeedName);
        Assert.That(rows[0][..15], Is.EqualTo(new[]
        {
            "2020-05", "month", "", "2020-05-01", "2020-05-31", "May 2020", "Afghanistan", "afghanistan", "Iranian Involvement in Afghanistan",
            "item", file, "Spotlight on Iran", "2021-11-04", "2021-11-18", "afghanistan-4",
        }));
        Assert.That(rows[0][15], Does.StartWith("The head of the Joint Iranian-Afghan Trade Committee in Herat"));
        Assert.That(rows[0][16..], Is.EqualTo(new[] { "IRNA;Fars", "IRNA;Fars News Agency", "" }));
        Assert.That(rows.Take(7).Select(r => $"{r[0]} {r[1]} {r[2]} {r[14]}"), Is.EqualTo(new[]
        {
            "2020-05 month  afghanistan-4", "2021-05 month  afghanistan-4", "2021-10 month  iraq-5", "2021-11 month mid overview-5",
            "2021-11 month mid afghanistan-4", "2021-11-04 day  iraq-5", "2021-11-04 day  iraq-fig-1",
        }));
        Assert.That(rows[^1].Take(2).Append(rows[^1][14]), Is.EqualTo(new[] { "2021-11-15", "day", "afghanistan-fig-1" }));
    }

    [Test]
    public void A_repeated_event_names_the_other_reports_in_also_in_and_its_outlets_once_each()
    {
        var merged = Merged(
            Day("2021-11-08", "a.txt", "syria-1", "Text", November1, Outlet("Reuters", "Reuters"), Outlet("reuters.com", "Reuters"), Outlet("a blogger", null)),
            Day("2021-11-08", "b.txt", "syria-3", "Other", November1, Outlet("Reuters", "Reuters")),
            Day("2021-11-08", "dir/c.txt", "summary-2", "Text"));
        var (_, rows) = Table([.. merged]);
        Assert.That(rows.Single()[10..], Is.EqualTo(new[]
        {
            "a.txt", "Spotlight on Iran", "2021-11-01", "2021-11-07", "syria-1", "Text", "Reuters;reuters.com;a blogger", "Reuters",
            "b.txt#syria-3;dir/c.txt#summary-2",
        }));
    }

    [Test]
    public void Fields_a_spreadsheet_would_run_are_escaped_and_quotes_and_line_breaks_kept()
    {
        var e = Day("2021-11-08", "=cmd.txt", "x-1", "=HYPERLINK(\"http://evil\")\nsecond line", November1, Outlet("@IRNA", "IRNA")) with { DateText = "+1", Modifier = DateModifier.Late };
        string csv = TimelineCorpus.Render(new CsvTimelineWriter(), [e]);
        var row = CsvReadBack.Table(csv).Rows.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row[2], Is.EqualTo("late"));
            Assert.That(row[5], Is.EqualTo("'+1"));
            Assert.That(row[10], Is.EqualTo("'=cmd.txt"));
            Assert.That(row[15], Is.EqualTo("'=HYPERLINK(\"http://evil\")\nsecond line"));
            Assert.That(row[16], Is.EqualTo("'@IRNA"));
            Assert.That(csv, Does.Contain("\"'=HYPERLINK(\"\"http://evil\"\")\nsecond line\""), "RFC 4180 quoting");
            Assert.That(csv.Split("\r\n"), Has.Length.EqualTo(3), "rows end in CRLF; the line break inside a field is kept as it is");
        });
    }
}
