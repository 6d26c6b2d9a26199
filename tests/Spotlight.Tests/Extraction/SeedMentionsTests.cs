using Spotlight.Model;
using Spotlight.Tests.Parsing;

namespace Spotlight.Tests.Extraction;

/// <summary>Every date and every source of the seed, item by item: no misses, no false alarms.</summary>
public sealed class SeedMentionsTests
{
    private static readonly (string Node, string Text, string Value, string Granularity, string? Modifier, bool Relative)[] ExpectedDates =
    [
        ("overview-3", "November 7", "2021-11-07", "day", null, false),
        ("overview-5", "mid-November", "2021-11", "month", "mid", false),
        ("syria-1", "November 6", "2021-11-06", "day", null, false),
        ("syria-1", "November 7", "2021-11-07", "day", null, false),
        ("syria-2", "November 10", "2021-11-10", "day", null, false),
        ("syria-3", "November 15", "2021-11-15", "day", null, false),
        ("syria-4", "November 9", "2021-11-09", "day", null, false),
        ("syria-4", "November 7", "2021-11-07", "day", null, false),
        ("syria-4", "November 12", "2021-11-12", "day", null, false),
        ("syria-5", "November 8", "2021-11-08", "day", null, false),
        ("syria-5", "November 7", "2021-11-07", "day", null, false),
        ("syria-fig-1", "November 6", "2021-11-06", "day", null, false),
        ("syria-fig-2", "November 8", "2021-11-08", "day", null, false),
        ("iraq-1", "November 7", "2021-11-07", "day", null, false),
        ("iraq-1", "November 7", "2021-11-07", "day", null, false),
        ("iraq-1", "November 7", "2021-11-07", "day", null, false),
        ("iraq-1", "November 7", "2021-11-07", "day", null, false),
        ("iraq-2", "November 7", "2021-11-07", "day", null, false),
        ("iraq-3", "November 8", "2021-11-08", "day", null, false),
        ("iraq-3", "November 8", "2021-11-08", "day", null, false),
        ("iraq-3", "November 8", "2021-11-08", "day", null, false),
        ("iraq-4", "November 10", "2021-11-10", "day", null, false),
        ("iraq-5", "November 4", "2021-11-04", "day", null, false),
        ("iraq-5", "last month", "2021-10", "month", null, true),
        ("iraq-5", "November 4", "2021-11-04", "day", null, false),
        ("iraq-fig-1", "November 4", "2021-11-04", "day", null, false),
        ("palestinian-arena-1", "November 8", "2021-11-08", "day", null, false),
        ("afghanistan-1", "November 15", "2021-11-15", "day", null, false),
        ("afghanistan-1", "November 15", "2021-11-15", "day", null, false),
        ("afghanistan-2", "November 4", "2021-11-04", "day", null, false),
        ("afghanistan-2", "November 4", "2021-11-04", "day", null, false),
        ("afghanistan-3", "November 5", "2021-11-05", "day", null, false),
        ("afghanistan-3", "November 7", "2021-11-07", "day", null, false),
        ("afghanistan-4", "mid-November", "2021-11", "month", "mid", false),
        ("afghanistan-4", "November 8", "2021-11-08", "day", null, false),
        ("afghanistan-4", "May 2020", "2020-05", "month", null, false),
        ("afghanistan-4", "May 2021", "2021-05", "month", null, false),
        ("afghanistan-4", "November 11", "2021-11-11", "day", null, false),
        ("afghanistan-fig-1", "November 15", "2021-11-15", "day", null, false),
        ("afghanistan-fig-2", "November 4", "2021-11-04", "day", null, false),
    ];

    private static readonly (string Node, string Kind, string Name, string? Outlet, string? Platform, string? Date, string Text)[] ExpectedSources =
    [
        ("overview-1", "inline", "al-Arabiya", "Al Arabiya", null, null, "The Saudi al-Arabiya channel reported"),
        ("overview-4", "inline", "al-Jazeera", "Al Jazeera", null, null, "interview with the al-Jazeera channel"),
        ("overview-5", "inline", "Sputnik", "Sputnik", null, null, "the Russian state-run Sputnik agency reported"),
        ("syria-1", "citation", "@dyaakaddor", null, "twitter", "2021-11-06", "@dyaakaddor, November 6"),
        ("syria-1", "citation", "ammar_sakkar", null, "twitter", "2021-11-07", "ammar_sakkar, November 7"),
        ("syria-2", "inline", "al-Arabiya", "Al Arabiya", null, "2021-11-10", "The Saudi al-Arabiya channel reported (November 10)"),
        ("syria-3", "citation", "Fars", "Fars News Agency", null, "2021-11-15", "Fars, November 15"),
        ("syria-4", "citation", "IRNA", "IRNA", null, "2021-11-07", "IRNA, November 7"),
        ("syria-4", "citation", "ISNA", "ISNA", null, "2021-11-12", "ISNA, November 12"),
        ("syria-5", "citation", "ILNA", "ILNA", null, "2021-11-07", "ILNA, November 7"),
        ("syria-fig-1", "citation", "Twitter accounts of pro-opposition Syrian journalists", null, "twitter", "2021-11-06", "Twitter accounts of pro-opposition Syrian journalists, November 6"),
        ("syria-fig-2", "citation", "IRNA", "IRNA", null, "2021-11-08", "IRNA, November 8"),
        ("iraq-1", "citation", "Fars", "Fars News Agency", null, "2021-11-07", "Fars, November 7"),
        ("iraq-1", "citation", "ISNA", "ISNA", null, "2021-11-07", "ISNA, November 7"),
        ("iraq-2", "inline", "Nour News", "Nour News", "website", "2021-11-07", "the website Nour News (November 7)"),
        ("iraq-3", "citation", "Shafaq News", "Shafaq News", null, "2021-11-08", "Shafaq News, November 8"),
        ("iraq-3", "inline", "Baghdad al-Youm", "Baghdad al-Youm", null, "2021-11-08", "The newspaper Baghdad al-Youm reported (November 8)"),
        ("iraq-4", "inline", "al-Alam", "Al-Alam", null, "2021-11-10", "al-Alam, reported (November 10)"),
        ("iraq-5", "citation", "Fars", "Fars News Agency", null, "2021-11-04", "Fars, November 4"),
        ("iraq-fig-1", "citation", "Fars", "Fars News Agency", null, "2021-11-04", "Fars, November 4"),
        ("palestinian-arena-1", "inline", "al-Jazeera", "Al Jazeera", null, "2021-11-08", "the al-Jazeera TV channel (November 8)"),
        ("afghanistan-1", "citation", "Fars", "Fars News Agency", null, "2021-11-15", "Fars, November 15"),
        ("afghanistan-2", "citation", "Fars", "Fars News Agency", null, "2021-11-04", "Fars, November 4"),
        ("afghanistan-3", "inline", "Sputnik", "Sputnik", null, "2021-11-05", "The state-run Russian news agency Sputnik reported (November 5)"),
        ("afghanistan-3", "inline", "Modara", "Modara", null, "2021-11-07", "Modara, also reported (November 7)"),
        ("afghanistan-4", "inline", "IRNA", "IRNA", null, "2021-11-08", "The IRNA news agency reported (November 8)"),
        ("afghanistan-4", "citation", "Fars", "Fars News Agency", null, "2021-11-11", "Fars, November 11"),
        ("afghanistan-fig-1", "citation", "Fars", "Fars News Agency", null, "2021-11-15", "Fars, November 15"),
        ("afghanistan-fig-2", "citation", "Fars", "Fars News Agency", null, "2021-11-04", "Fars, November 4"),
    ];

    private ReportTree _seed = null!;

    [OneTimeSetUp]
    public void ParseSeed() => _seed = ParseHelper.File(TestFiles.SeedPath);

    private IEnumerable<(string Id, string Text, IEnumerable<DateMention> Dates, IEnumerable<SourceMention> Sources)> Nodes() =>
        _seed.Report.Sections.SelectMany(s =>
            s.Items.Select(i => (i.Id, i.Text, (IEnumerable<DateMention>)i.Dates, (IEnumerable<SourceMention>)i.Sources))
                .Concat(s.Figures.Select(f => (f.Id, f.Caption, (IEnumerable<DateMention>)f.Dates, (IEnumerable<SourceMention>)f.Sources))));

    [Test]
    public void All_forty_dates_with_their_values()
    {
        var actual = Nodes().SelectMany(n => n.Dates.Select(d => (n.Id, d.Text, d.Value, Lower(d.Granularity), Lower(d.Modifier), d.Relative)));
        Assert.That(actual, Is.EqualTo(ExpectedDates));
        Assert.That(ExpectedDates, Has.Length.EqualTo(40));
    }

    [Test]
    public void All_twenty_nine_sources()
    {
        var actual = Nodes().SelectMany(n => n.Sources.Select(s => (n.Id, Lower(s.Kind)!, s.Name, s.Outlet, Lower(s.Platform), s.Date, s.Text)));
        Assert.That(actual, Is.EqualTo(ExpectedSources));
        Assert.That(ExpectedSources.Count(s => s.Kind == "citation"), Is.EqualTo(18));
        Assert.That(ExpectedSources.Count(s => s.Kind == "inline" && s.Date is not null), Is.EqualTo(8));
        Assert.That(ExpectedSources.Count(s => s.Kind == "inline" && s.Date is null), Is.EqualTo(3));
    }

    [Test]
    public void Offsets_point_at_the_mention_in_the_node_text()
    {
        foreach (var (id, text, dates, sources) in Nodes())
        {
            foreach (var date in dates)
                Assert.That(text.Substring(date.Start, date.Length), Is.EqualTo(date.Text), id);
            foreach (var source in sources)
                Assert.That(text.Substring(source.Start, source.Length), Is.EqualTo(source.Text), id);
        }
    }

    [Test]
    public void Mentions_know_their_input_line_across_page_breaks()
    {
        Item Item(string id) => _seed.Report.Sections.SelectMany(s => s.Items).Single(i => i.Id == id);
        var iraq5 = Item("iraq-5");
        Assert.That(iraq5.Dates.Select(d => (d.Text, iraq5.LineAt(d.Start))),
            Is.EqualTo(new[] { ("November 4", 55), ("last month", 57), ("November 4", 57) }));
        var afghanistan1 = Item("afghanistan-1");
        Assert.That(afghanistan1.LineAt(afghanistan1.Sources.Single().Start), Is.EqualTo(72));
        var figure = _seed.Report.Sections.Single(s => s.Id == "iraq").Figures.Single();
        Assert.That(figure.LineAt(figure.Sources.Single().Start), Is.EqualTo(62));
        Assert.That(Item("syria-2").LineAt(0), Is.EqualTo(28));
    }

    [Test]
    public void The_contract_example_holds()
    {
        var source = _seed.Report.Sections[1].Items[1].Sources[0];
        Assert.That(source, Is.EqualTo(new SourceMention("al-Arabiya", "Al Arabiya", SourceKind.Inline, null, "2021-11-10",
            "The Saudi al-Arabiya channel reported (November 10)", 0, 51)));
        Assert.That(_seed.Report.Sections[1].Items[1].Dates.Single(),
            Is.EqualTo(new DateMention("November 10", "2021-11-10", DateGranularity.Day, null, false, 39, 11)));
    }

    private static string? Lower<T>(T? value) where T : struct, Enum => value?.ToString().ToLowerInvariant();

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
