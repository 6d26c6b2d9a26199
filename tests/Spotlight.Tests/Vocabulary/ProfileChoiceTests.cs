using Spotlight.Parsing;
using System.Text;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Vocabulary;

/// <summary>Which built-in profile reads a report, by its title line, and what each then makes of the same text.</summary>
public sealed class ProfileChoiceTests
{
    private static ReportTree Parse(string text, ProfileChoice? profiles = null) =>
        ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "report.txt", new PlainTextReader(), profiles ?? ProfileChoice.BuiltIn);

    private static ReportTree ParseSample(string name) =>
        ReportPipeline.Parse(File.ReadAllBytes(Path.Combine(TestFiles.Samples, name)), name, new PlainTextReader());

    private const string JihadReport = """
        Spotlight on Global Jihad (February 6-12, 2020)
        Editor: Dr. Jane Roe

        Main events of the week

        • Iraq – ISIS operatives attacked an army post near Kirkuk (Amaq, February 8).

        The Sinai Peninsula

        • The Egyptian army reported a raid on a hideout near Rafah (al-Naba, February 9).
        """;

    [Test]
    public void The_seed_is_read_with_the_iran_profile()
    {
        var document = ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), "seed.txt", new PlainTextReader());
        Assert.That(document.Report.Profile, Is.EqualTo("spotlight-on-iran"));
    }

    [TestCase("011_jihad_arena_dashes.txt")]
    [TestCase("012_jihad_repost_pdf_breaks.txt")]
    public void A_global_jihad_title_picks_its_profile(string sample)
    {
        var report = ParseSample(sample).Report;
        Assert.That((report.Series, report.Profile), Is.EqualTo(("Spotlight on Global Jihad", "spotlight-on-global-jihad")));
    }

    [Test]
    public void A_report_without_a_known_title_is_read_with_the_default()
    {
        var report = Parse("Weekly Notes\nMarch 3 – March 17, 2022\n\nOverview\n\n► Tehran hosted a delegation (Fars, March 5).\n").Report;
        Assert.That((report.Series, report.Profile), Is.EqualTo(("Weekly Notes", SeriesProfiles.DefaultId)));
    }

    [Test]
    public void The_jihad_profile_knows_its_arenas_and_outlets()
    {
        var report = Parse(JihadReport).Report;
        Assert.That(report.Sections.Select(s => (s.Id, s.Kind, s.Region)),
            Is.EqualTo(new[] { ("overview", SectionKind.Summary, (string?)null), ("sinai", SectionKind.Region, "Sinai") }));
        Assert.That(report.Sections[1].Items[0].Sources.Single().Outlet, Is.EqualTo("Al-Naba"));
        Assert.That(report.Sections[0].Items[0].Sources.Single().Outlet, Is.EqualTo("Amaq"));
    }

    [Test]
    public void A_forced_profile_reads_the_same_text_with_its_own_tables()
    {
        var report = Parse(JihadReport, SeriesProfiles.Iran).Report;
        Assert.That(report.Profile, Is.EqualTo("spotlight-on-iran"));
        // Iran's tables know neither the arena nor the organisation's weekly, which is then no source.
        Assert.That((report.Sections[1].Id, report.Sections[1].Kind), Is.EqualTo(("the-sinai-peninsula", SectionKind.Topic)));
        Assert.That(report.Sections[1].Items[0].Sources, Is.Empty);
    }

    [Test]
    public void A_campaign_without_a_region_is_a_topic_with_the_table_id()
    {
        var report = ParseSample("011_jihad_arena_dashes.txt").Report;
        var campaign = report.Sections.Single(s => s.Heading == "The battle for hearts and minds");
        Assert.That((campaign.Id, campaign.Kind, campaign.Region), Is.EqualTo(("hearts-and-minds", SectionKind.Topic, (string?)null)));
        var abroad = report.Sections.Single(s => s.Heading == "The global jihad in other countries");
        Assert.That((abroad.Id, abroad.Region, abroad.Items.Length), Is.EqualTo(("other-countries", "Other countries", 2)));
    }

    [Test]
    public void Built_in_profiles_are_found_by_id_or_name()
    {
        Assert.That(SeriesProfiles.TryFind("Spotlight on Global Jihad", out var byName), Is.True);
        Assert.That(SeriesProfiles.TryFind("SPOTLIGHT-ON-GLOBAL-JIHAD", out var byId), Is.True);
        Assert.That((byName.Id, byId.Id), Is.EqualTo(("spotlight-on-global-jihad", "spotlight-on-global-jihad")));
        Assert.That(SeriesProfiles.TryFind("spotlight-on-mars", out _), Is.False);
        Assert.That(SeriesProfiles.BuiltIn.Select(p => p.Id), Is.EqualTo(new[] { "spotlight-on-iran", "spotlight-on-global-jihad" }));
    }

    [Test]
    public void The_word_list_is_shared_by_the_built_in_profiles()
    {
        Assert.That(SeriesProfiles.GlobalJihad.Words, Is.SameAs(SeriesProfiles.Iran.Words));
        Assert.That(SeriesProfiles.Iran.Words.Contains("reconstruction"), Is.True);
    }
}
