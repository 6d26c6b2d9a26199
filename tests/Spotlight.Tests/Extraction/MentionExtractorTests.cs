using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Tests.Parsing;

namespace Spotlight.Tests.Extraction;

/// <summary>The extraction pass over whole reports: which year, which findings.</summary>
public sealed class MentionExtractorTests
{
    [Test]
    public void Without_a_period_the_latest_year_written_is_used_and_said()
    {
        var document = ParseHelper.Text("Spotlight on Iran\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
            + "► The deal signed in May 2016 was renewed on November 6 (Fars, November 7, 2017).\n");
        var item = document.Report.Sections[0].Items.Single();
        Assert.That(item.Dates.Select(d => d.Value), Is.EqualTo(new[] { "2016-05", "2017-11-06", "2017-11-07" }));
        var finding = document.Diagnostics.Single(d => d.Code == "SPT020");
        Assert.That((finding.Severity, finding.Message), Is.EqualTo((DiagnosticSeverity.Info,
            "no report period: dates without a year are read in 2017, the latest year written in the report")));
    }

    [Test]
    public void A_citation_without_its_source_is_reported_on_the_item()
    {
        var document = ParseHelper.Text(ParseHelper.Header + "Overview\n\n► The deal was signed (, May 28, 2017).\n");
        var item = document.Report.Sections[0].Items.Single();
        Assert.That((item.Dates.Single().Value, item.Sources.Length), Is.EqualTo(("2017-05-28", 0)));
        var finding = document.Diagnostics.Single(d => d.Code == "SPT022");
        Assert.That((finding.ItemId, finding.Line, finding.Severity), Is.EqualTo(("overview-1", (int?)10, DiagnosticSeverity.Warning)));
    }

    [Test]
    public void A_source_with_two_dates_is_no_citation_without_a_source()
    {
        var document = ParseHelper.Text(ParseHelper.Header + "Overview\n\n► The deal was signed (Fars, November 6, November 7).\n");
        var item = document.Report.Sections[0].Items.Single();
        Assert.That(item.Sources.Select(s => (s.Name, s.Date)), Is.EqualTo(new[] { ("Fars", (string?)"2021-11-06") }));
        Assert.That(document.Diagnostics.Select(d => d.Code), Has.None.EqualTo("SPT022"));
    }

    [Test]
    public void A_caption_with_a_Source_tail_gives_its_date_and_its_source()
    {
        var document = ParseHelper.Text("Spotlight on Iran\n\nApril 25, 2024 – May 9, 2024\n\nAuthor: Dr. Raz Zimmt\n\n\n"
            + "Iranian Involvement in Syria\n\n► The delegates met in Tehran (Fars, May 3).\n\n\n"
            + "Delegates at the conference in Tehran. Source: Tasnim, March 5\n");
        var figure = document.Report.Sections.Single().Figures.Single();
        Assert.That(figure.Caption, Is.EqualTo("Delegates at the conference in Tehran. Source: Tasnim, March 5"));
        Assert.That(figure.Dates, Is.EqualTo(new[] { new DateMention("March 5", "2024-03-05", DateGranularity.Day, null, false, 55, 7) }));
        Assert.That(figure.Sources, Is.EqualTo(new[]
        {
            new SourceMention("Tasnim", "Tasnim News Agency", SourceKind.Citation, null, "2024-03-05", "Tasnim, March 5", 47, 15),
        }));
    }

    [Test]
    public void Stats_count_the_mentions()
    {
        var document = ParseHelper.Text(ParseHelper.Header + "Overview\n\n► Iran sent aid on November 5 (IRNA, November 6).\n");
        Assert.That(document.Stats, Is.EqualTo(new ReportStats(1, 1, 0, 2, 1)));
    }

    [Test]
    public void The_structure_handed_over_is_let_go_section_by_section_and_gives_the_same_tree()
    {
        var source = Spotlight.Text.SourceText.From(ParseHelper.Header + "Overview\n\n► Talks went on (Fars, November 6).\n\n"
            + "Iranian Involvement in Syria\n\n► A road reopened (SANA, November 8).\n");
        var profile = Spotlight.Vocabulary.SeriesProfiles.Iran;
        var structure = Spotlight.Parsing.StructureParser.Parse(source, profile, out _);
        var sections = structure.Sections;
        var kept = new Spotlight.Extraction.MentionExtractor(profile).Extract(structure).Report;

        var handed = structure;
        var (report, _) = new Spotlight.Extraction.MentionExtractor(profile).Extract(ref handed);
        Assert.That(handed, Is.Null);
        Assert.That(sections, Has.All.Null, "each section of the structure let go");
        Assert.That(report.Sections.Select(s => s.Items.Single().Sources.Single().Name), Is.EqualTo(new[] { "Fars", "SANA" }));
        Assert.That(report.Sections.SelectMany(s => s.Items).Select(i => i.Dates.Single().Value), Is.EqualTo(kept.Sections.SelectMany(s => s.Items).Select(i => i.Dates.Single().Value)));
    }
}
