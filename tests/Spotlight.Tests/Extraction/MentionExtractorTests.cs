using System.Collections.Immutable;
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

    private const string TwoSections = "Overview\n\n► Talks went on (Fars, November 6).\n\n"
        + "Iranian Involvement in Syria\n\n► A road reopened (SANA, November 8).\n";

    /// <summary>The structure's sections, counting how many have been taken.</summary>
    private static IEnumerable<Section> Counting(ImmutableArray<Section> sections, Action taken)
    {
        foreach (var section in sections)
        {
            taken();
            yield return section;
        }
    }

    [Test]
    public void With_a_period_each_section_is_given_its_mentions_as_it_is_taken()
    {
        var profile = Spotlight.Vocabulary.SeriesProfiles.Iran;
        var structure = Spotlight.Parsing.StructureParser.Parse(Spotlight.Text.SourceText.From(ParseHelper.Header + TwoSections), profile, out _);
        int taken = 0;
        var diagnostics = new List<Spotlight.Diagnostics.Diagnostic>();
        using var sections = new Spotlight.Extraction.MentionExtractor(profile)
            .Extract(structure.Period, Counting(structure.Sections, () => taken++), diagnostics).GetEnumerator();

        Assert.That(sections.MoveNext(), Is.True);
        Assert.That((taken, sections.Current.Items.Single().Sources.Single().Name, sections.Current.Items.Single().Dates.Single().Value),
            Is.EqualTo((1, "Fars", "2021-11-06")), "the first section is given before the second is taken");
        Assert.That(sections.MoveNext(), Is.True);
        Assert.That((taken, sections.Current.Items.Single().Sources.Single().Name), Is.EqualTo((2, "SANA")));
        Assert.That((sections.MoveNext(), diagnostics), Is.EqualTo((false, new List<Spotlight.Diagnostics.Diagnostic>())));
    }

    [Test]
    public void Without_a_period_every_section_is_taken_first_for_the_latest_year()
    {
        var profile = Spotlight.Vocabulary.SeriesProfiles.Iran;
        var structure = Spotlight.Parsing.StructureParser.Parse(Spotlight.Text.SourceText.From(
            "Spotlight on Iran\n\n" + TwoSections + "\nIranian Involvement in Iraq\n\n► A visit in 2019 (IRNA, March 3).\n"), profile, out _);
        Assert.That(structure.Period, Is.Null);
        int taken = 0;
        var diagnostics = new List<Spotlight.Diagnostics.Diagnostic>();
        using var sections = new Spotlight.Extraction.MentionExtractor(profile)
            .Extract(null, Counting(structure.Sections, () => taken++), diagnostics).GetEnumerator();

        Assert.That(sections.MoveNext(), Is.True);
        Assert.That((taken, sections.Current.Items.Single().Dates.Single().Value), Is.EqualTo((3, "2019-11-06")),
            "the year written in the last section dates the first");
        Assert.That(diagnostics.Select(d => d.Code), Is.EqualTo(new[] { Spotlight.Diagnostics.DiagnosticRegistry.YearFromText.Code }));
    }
}
