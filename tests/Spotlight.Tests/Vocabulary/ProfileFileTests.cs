using Spotlight.Parsing;
using System.Text;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Vocabulary;

/// <summary>A user's profile file: what it adds to a built-in profile, and how a wrong one is refused.</summary>
public sealed class ProfileFileTests
{
    private static Report Parse(string text, ProfileChoice profiles) =>
        ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), "report.txt", new PlainTextReader(), profiles).Report;

    [Test]
    public void A_file_reads_every_key()
    {
        var overlay = ProfileFile.Parse("""
            name: Caspian Watch
            base: spotlight-on-iran
            titles: Caspian Watch
            summaryLabels: [Week in brief]
            headingPrefixes: [Caspian affairs in]
            arenas:
              - {name: Azerbaijan, id: azerbaijan, region: Azerbaijan}
              - {name: the Caspian Sea}
              - {name: Energy, id: energy, region: ""}
            outlets: {Trend News Agency: [Trend]}
            honorifics: [Amb.]
            mediaWords: {descriptor: [bulletin]}
            months: {Janvier: 1}
            """);
        var profile = overlay.On(overlay.Base!);
        Assert.That((profile.Id, profile.Name), Is.EqualTo(("caspian-watch", "Caspian Watch")));
        Assert.That(profile.Titles.TryFind("CASPIAN WATCH – March 2024", out _, out _), Is.True);
        Assert.That(profile.Titles.TryFind("Spotlight on Iran", out _, out _), Is.True, "the base's titles are kept");
        Assert.That(profile.SummaryLabels.Contains("week in brief"), Is.True);
        Assert.That(profile.Sections.TryMatch("Caspian affairs in Azerbaijan", out var arena), Is.True);
        Assert.That(arena, Is.EqualTo(new Arena("Azerbaijan", "azerbaijan", "Azerbaijan")));
        Assert.That(profile.Sections.TryMatch("the Caspian Sea", out var sea) ? sea : null, Is.EqualTo(new Arena("the Caspian Sea", "caspian-sea", "Caspian Sea")));
        Assert.That(profile.Outlets.Canonical("Trend"), Is.EqualTo("Trend News Agency"));
        Assert.That(profile.Honorifics.Split("Amb. Jane Roe"), Is.EqualTo(((string?)"Amb.", "Jane Roe")));
        Assert.That(profile.MediaWords.IsDescriptor("bulletin"), Is.True);
        Assert.That(profile.Months.TryParse("janvier", out int month) ? month : 0, Is.EqualTo(1));
        Assert.That(profile.Months.TryParse("March", out int march) ? march : 0, Is.EqualTo(3), "the base's months are kept");
    }

    [Test]
    public void A_file_overrides_entries_of_its_base()
    {
        var overlay = ProfileFile.Parse("""
            name: iran-desk
            base: Spotlight on Iran
            arenas: [{name: Syria, id: syrian-arena, region: Syrian Arena}]
            outlets: {Fars Persian Service: [Fars]}
            """);
        var report = Parse("""
            Spotlight on Iran
            March 3 – March 17, 2022

            Overview

            ► Tehran hosted a delegation.

            Iranian Involvement in Syria

            ► An adviser visited Damascus (Fars, March 5).
            """, ProfileChoice.Of(overlay));
        Assert.That(report.Profile, Is.EqualTo("iran-desk"));
        var syria = report.Sections[1];
        Assert.That((syria.Id, syria.Region), Is.EqualTo(("syrian-arena", "Syrian Arena")));
        Assert.That(syria.Items[0].Sources.Single().Outlet, Is.EqualTo("Fars Persian Service"));
        Assert.That(SeriesProfiles.Iran.Outlets.Canonical("Fars"), Is.EqualTo("Fars News Agency"), "the built-in profile is not changed");
    }

    [Test]
    public void A_wholly_new_series_is_read_from_its_file_alone()
    {
        var overlay = ProfileFile.Parse("""
            name: Spotlight on the Arctic
            titles: [Spotlight on the Arctic]
            summaryLabels: [Polar digest]
            headingPrefixes: [Activity on]
            arenas:
              - {name: Svalbard, id: svalbard, region: Svalbard}
              - {name: the Northern Sea Route, id: nsr, region: Northern Sea Route}
            outlets: {Barents Observer: [Barents Observer, BO]}
            authorRoles: {editor: [Compiled by]}
            """);
        var report = Parse("""
            Spotlight on the Arctic (June 2-8, 2031)
            Author: Dr. Ada Frost
            Compiled by Ms. Ina Berg

            Polar digest

            • Icebreakers opened the route a week early (BO, June 4).

            Activity on Svalbard

            • A research station reopened near Ny-Alesund (Barents Observer, June 5).

            Activity on the Northern Sea Route

            • The first convoy of the season sailed east.

            Activity on Greenland

            • A survey ship docked in Nuuk.
            """, ProfileChoice.Of(overlay));
        Assert.That((report.Series, report.Profile), Is.EqualTo(("Spotlight on the Arctic", "spotlight-on-the-arctic")));
        Assert.That(report.Period!.Start, Is.EqualTo(new DateOnly(2031, 6, 2)));
        Assert.That(report.Authors.Select(a => (a.Name, a.Honorific, a.Role)), Is.EqualTo(new (string, string?, AuthorRole)[]
        {
            ("Ada Frost", "Dr.", AuthorRole.Author), ("Ina Berg", "Ms.", AuthorRole.Editor),
        }));
        Assert.That(report.Sections.Select(s => (s.Id, s.Kind, s.Heading, s.Region)), Is.EqualTo(new[]
        {
            ("overview", SectionKind.Summary, (string?)"Polar digest", (string?)null),
            ("svalbard", SectionKind.Region, "Activity on Svalbard", "Svalbard"),
            ("nsr", SectionKind.Region, "Activity on the Northern Sea Route", "Northern Sea Route"),
            // A prefix names a new arena too, as the built-in prefixes do.
            ("greenland", SectionKind.Region, "Activity on Greenland", "Greenland"),
        }));
        Assert.That(report.Sections[0].Items[0].Sources.Single().Outlet, Is.EqualTo("Barents Observer"));
    }

    [Test]
    public void Without_a_base_the_title_picks_the_built_in_one_under_the_file()
    {
        var choice = ProfileChoice.Of(ProfileFile.Parse("name: extra-outlets\noutlets: {Amaq Agency English: [Amaq]}\n"));
        var report = Parse("Spotlight on Global Jihad (January 9-15, 2020)\n\nMain events of the week\n\n• Syria – An attack (Amaq, January 11).\n\nThe Sinai Peninsula\n\n• A raid.\n", choice);
        Assert.That(report.Profile, Is.EqualTo("extra-outlets"));
        Assert.That(report.Sections.Select(s => s.Id), Is.EqualTo(new[] { "overview", "sinai" }), "the jihad profile's arenas");
        Assert.That(report.Sections[0].Items[0].Sources.Single().Outlet, Is.EqualTo("Amaq Agency English"));
    }

    [TestCase("name: x\nsummary: [A]\n", "line 2: unknown key 'summary' (known: name, base, titles, summaryLabels, headingPrefixes, arenas, outlets, honorifics, authorRoles, mediaWords, months)")]
    [TestCase("name: x\ntitles: {a: b}\n", "line 2: titles must be a string or a list of strings")]
    [TestCase("name: x\narenas: Syria\n", "line 2: arenas must be a list of {name, id, region}")]
    [TestCase("name: x\narenas:\n  - {id: s}\n", "line 3: an arena needs a name")]
    [TestCase("name: x\narenas: [{name: Syria, id: Syrian Arena}]\n", "line 2: an arena's id must be lower case words joined by hyphens, as 'syrian-arena'")]
    [TestCase("name: x\nmonths: {Janvier: 13}\n", "line 2: the month 'Janvier' must be given a number from 1 to 12")]
    [TestCase("name: x\nmediaWords: {verb: [said]}\n", "line 2: unknown kind of media word 'verb' (known: descriptor, qualifier, report-verb, speech-verb, lead, cite-lead)")]
    [TestCase("name: x\nauthorRoles: {translator: [Translated by]}\n", "line 2: unknown role 'translator' (known: author, editor)")]
    [TestCase("name: x\nauthorRoles: [Compiled by]\n", "line 2: authorRoles must be a mapping of roles (author, editor) to the words that open an author line")]
    [TestCase("name: x\nbase: spotlight-on-mars\n", "line 2: unknown base profile 'spotlight-on-mars' (built-in: spotlight-on-iran, spotlight-on-global-jihad)")]
    [TestCase("titles: [A]\n", "line 1: no 'name': a profile needs one, for the tree's report.profile")]
    [TestCase("name: [a, b]\n", "line 1: name must be a non-empty string")]
    [TestCase("- name: x\n", "line 1: expected a mapping of profile keys (name, base, titles, …)")]
    [TestCase("name: x\nname: y\n", "line 2: Duplicate key name")]
    [TestCase("name: x\noutlets: [Fars]\n", "line 2: expected a mapping of outlet names to their aliases (in outlets)")]
    public void A_wrong_file_is_refused_with_its_line(string yaml, string message)
    {
        var error = Assert.Throws<ProfileFileException>(() => ProfileFile.Parse(yaml));
        Assert.That(error!.Message, Is.EqualTo(message));
    }
}
