using Spotlight.Model;

namespace Spotlight.Tests.Parsing;

/// <summary>The seed report must parse to exactly the structure its editors wrote.</summary>
public sealed class SeedStructureTests
{
    private ReportTree _seed = null!;

    [OneTimeSetUp]
    public void ParseSeed() => _seed = ParseHelper.File(TestFiles.SeedPath);

    private Section Section(string id) => _seed.Report.Sections.Single(s => s.Id == id);

    private Item Item(string id) => _seed.Report.Sections.SelectMany(s => s.Items).Single(i => i.Id == id);

    /// <summary>The seed's tree is what it was before layout hints, footnotes and furniture existed, byte for byte.</summary>
    [Test]
    public void The_seed_s_json_is_unchanged()
    {
        const string path = "seeds/000_9f7aefc85182d098.txt";
        var document = ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), path, new Spotlight.Reading.PlainTextReader());
        using var json = new MemoryStream();
        Spotlight.Writing.ReportWriterExtensions.Write(new Spotlight.Writing.JsonReportWriter(), document, json);
        byte[] expected = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "seed-tree.json"));
        Assert.That(System.Text.Encoding.UTF8.GetString(json.ToArray()), Is.EqualTo(System.Text.Encoding.UTF8.GetString(expected)));
    }

    [Test]
    public void Header_is_read()
    {
        Assert.That(_seed.Report.Series, Is.EqualTo("Spotlight on Iran"));
        Assert.That(_seed.Report.Period, Is.EqualTo(new Period(new DateOnly(2021, 11, 4), new DateOnly(2021, 11, 18),
            "November 4, 2021 – November 18, 2021", 7)));
        Assert.That(_seed.Report.Authors, Is.EqualTo(new[] { new Author("Raz Zimmt", "Dr.", AuthorRole.Author, 9) }));
    }

    [Test]
    public void Input_is_described()
    {
        Assert.That(_seed.Input, Is.EqualTo(new InputInfo(TestFiles.SeedPath, "text",
            "2a5ae37c6641c5dbb269de852e315d6644bce395116a84649f18f9ee2ea65fb0", 15257, 88)));
        Assert.That(_seed.SchemaVersion, Is.EqualTo(1));
    }

    [Test]
    public void Sections_items_and_figures_are_counted_exactly()
    {
        var shape = _seed.Report.Sections.Select(s => (s.Id, s.Kind, s.Items.Length, s.Figures.Length));
        Assert.That(shape, Is.EqualTo(new[]
        {
            ("overview", SectionKind.Summary, 5, 0),
            ("syria", SectionKind.Region, 5, 2),
            ("iraq", SectionKind.Region, 5, 1),
            ("palestinian-arena", SectionKind.Region, 1, 0),
            ("afghanistan", SectionKind.Region, 4, 2),
        }));
        Assert.That(_seed.Stats, Is.EqualTo(new ReportStats(5, 20, 5, 40, 29)));
        Assert.That(_seed.Diagnostics, Is.Empty);
    }

    [Test]
    public void Sections_carry_heading_region_and_lines()
    {
        var sections = _seed.Report.Sections.Select(s => (s.Heading, s.Region, s.Lines));
        Assert.That(sections, Is.EqualTo(new (string?, string?, LineRange)[]
        {
            ("Overview", null, new(11, 18)),
            ("Iranian Involvement in Syria", "Syria", new(20, 40)),
            ("Iranian Involvement in Iraq", "Iraq", new(42, 62)),
            ("Iranian Involvement in the Palestinian Arena", "Palestinian Arena", new(64, 66)),
            ("Iranian Involvement in Afghanistan", "Afghanistan", new(68, 88)),
        }));
    }

    [Test]
    public void Every_item_has_its_marker_and_lines()
    {
        var items = _seed.Report.Sections.SelectMany(s => s.Items).Select(i => (i.Id, i.Marker, i.Lines));
        Assert.That(items, Is.EqualTo(new (string, string?, LineRange)[]
        {
            ("overview-1", "- ▶", new(13, 13)), ("overview-2", "- ▶", new(14, 14)), ("overview-3", "- ▶", new(15, 15)),
            ("overview-4", "- ▶", new(16, 16)), ("overview-5", "►", new(18, 18)),
            ("syria-1", "►", new(22, 22)), ("syria-2", "►", new(28, 30)), ("syria-3", "►", new(32, 32)),
            ("syria-4", "►", new(34, 34)), ("syria-5", "►", new(36, 36)),
            ("iraq-1", "►", new(44, 44)), ("iraq-2", "►", new(46, 49)), ("iraq-3", "►", new(51, 51)),
            ("iraq-4", "►", new(53, 53)), ("iraq-5", "►", new(55, 57)),
            ("palestinian-arena-1", "►", new(66, 66)),
            ("afghanistan-1", "►", new(70, 72)), ("afghanistan-2", "►", new(78, 78)),
            ("afghanistan-3", "►", new(84, 86)), ("afghanistan-4", "►", new(88, 88)),
        }));
    }

    [Test]
    public void Markers_are_removed_from_text()
    {
        Assert.That(Item("overview-1").Text, Does.StartWith("The Commander of the Islamic Revolutionary Guards Corps (IRGC)"));
        Assert.That(Item("overview-5").Text, Does.StartWith("Iran continues to engage with the Taliban"));
        Assert.That(Item("syria-3").Text, Does.StartWith("In his weekly press conference,"));
    }

    [TestCase("syria-2", "presence of Iranian-backed forces, and for initiating military attacks")]
    [TestCase("iraq-2", "Supreme National Security Council of Iran, argued that the events that took place in Iraq")]
    [TestCase("iraq-5", "The two discussed the outcome of the parliamentary elections held in Iraq last month")]
    [TestCase("afghanistan-1", "including developments in Afghanistan and the region, the Afghan refugees in Iran, Iranian humanitarian assistance")]
    [TestCase("afghanistan-3", "National Resistance Front of Afghanistan, which continues to resist the Taliban, recently conducted a visit")]
    public void Page_breaks_are_joined(string id, string joined)
    {
        Assert.That(Item(id).Text, Does.Contain(joined));
    }

    [Test]
    public void Joined_items_keep_their_whole_text()
    {
        Assert.That(Item("afghanistan-1").Text, Is.EqualTo(
            "On November 15, the Special Envoy of the Iranian President to Afghan Affairs, Hassan Kazemi-Qomi, arrived for a visit "
            + "in Kabul to meet with senior Taliban government officials. During his visit to Kabul, the Iranian special envoy met "
            + "with senior Afghan officials to discuss various matters, including developments in Afghanistan and the region, the "
            + "Afghan refugees in Iran, Iranian humanitarian assistance to Afghanistan and economic cooperation between the two "
            + "countries (Fars, November 15)."));
        Assert.That(Item("syria-2").Text, Does.EndWith(
            "in areas where the Syrian regime banned the presence of Iranian-backed forces, and for initiating military attacks "
            + "against American forces and Israel, which may entangle Syria in an unwanted conflict."));
    }

    [Test]
    public void Figures_are_captions_not_items()
    {
        var figures = _seed.Report.Sections.SelectMany(s => s.Figures).Select(f => (f.Id, f.Lines, f.Caption));
        Assert.That(figures, Is.EqualTo(new[]
        {
            ("syria-fig-1", new LineRange(26, 26),
                "The commander of the Iranian forces in Syria during a goodbye visit in the Shia towns Nubul and Zahraa' in Aleppo governorate. (Twitter accounts of pro-opposition Syrian journalists, November 6)"),
            ("syria-fig-2", new LineRange(40, 40),
                "The meeting of the delegations of the Syrian Ministry of Higher Education and the Iranian Ministry of Science in Tehran. (IRNA, November 8)"),
            ("iraq-fig-1", new LineRange(61, 62),
                "The meeting between the former Iraqi prime minister and the Iranian ambassador to Baghdad. (Fars, November 4)"),
            ("afghanistan-fig-1", new LineRange(76, 76), "The Iranian special envoy arriving in Kabul. (Fars, November 15)"),
            ("afghanistan-fig-2", new LineRange(82, 82),
                "The meeting between the Iranian ambassador to Kabul with the Taliban's minister of higher education. (Fars, November 4)"),
        }));
    }
}
