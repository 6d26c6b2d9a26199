using Spotlight.Model;

namespace Spotlight.Tests.Parsing;

/// <summary>Summary, headings, bullets and captions, each in the ways the series writes them.</summary>
public sealed class BodyStructureTests
{
    private static IReadOnlyList<Section> Sections(string body) => ParseHelper.Text(ParseHelper.Header + body).Report.Sections;

    private const string SyriaSection = """

        Iranian Involvement in Syria

        ► A delegation arrived in Damascus (IRNA, November 6).
        """;

    [TestCase("Overview", "Overview")]
    [TestCase("Highlights of the week", "Highlights of the week")]
    [TestCase("Main Points", "Main Points")]
    [TestCase("Overview[1]", "Overview")]
    [TestCase("Main events of the week1", "Main events of the week")]
    [TestCase("This week²", "This week")]
    [TestCase("Overview:", "Overview:")]
    [TestCase("Spotlight on Iran", "Spotlight on Iran")]
    public void Summary_label_in_any_form(string label, string heading)
    {
        // A footnote mark is no part of the heading; the note it points to is kept apart (see LayoutTests).
        var sections = Sections($"{label}\n\n► Iran condemned the attack (Fars, November 5).\n{SyriaSection}");
        Assert.That(sections.Select(s => (s.Id, s.Kind, s.Heading, s.Items.Length)), Is.EqualTo(new (string, SectionKind, string?, int)[]
        {
            ("overview", SectionKind.Summary, heading, 1),
            ("syria", SectionKind.Region, "Iranian Involvement in Syria", 1),
        }));
    }

    [Test]
    public void Summary_without_a_label_is_what_comes_before_the_first_heading()
    {
        var sections = Sections($"► Iran condemned the attack (Fars, November 5).\n\n► Iran sent aid (IRNA, November 6).\n{SyriaSection}");
        var summary = sections[0];
        Assert.That((summary.Id, summary.Kind, summary.Heading, summary.Items.Length, summary.Lines),
            Is.EqualTo(("overview", SectionKind.Summary, (string?)null, 2, new LineRange(8, 10))));
    }

    [Test]
    public void No_summary_is_a_diagnostic()
    {
        var document = ParseHelper.Text(ParseHelper.Header + SyriaSection.TrimStart());
        Assert.That(document.Report.Sections.Select(s => s.Id), Is.EqualTo(new[] { "syria" }));
        Assert.That(document.Diagnostics.Select(d => (d.Code, d.Line)), Is.EqualTo(new[] { ("SPT005", (int?)8) }));
    }

    [TestCase("Iranian Involvement in Syria", "syria", "Syria")]
    [TestCase("Iranian Involvement in Iraq", "iraq", "Iraq")]
    [TestCase("Iranian Involvement in Lebanon", "lebanon", "Lebanon")]
    [TestCase("Iranian Involvement in Yemen", "yemen", "Yemen")]
    [TestCase("Iranian Involvement in the Palestinian Arena", "palestinian-arena", "Palestinian Arena")]
    [TestCase("Iranian Involvement in Afghanistan", "afghanistan", "Afghanistan")]
    [TestCase("Iranian Involvement in the Gulf", "gulf", "Gulf")]
    [TestCase("Iranian Involvement in Africa", "africa", "Africa")]
    [TestCase("Iranian Involvement in Latin America", "latin-america", "Latin America")]
    [TestCase("Iranian Involvement in Syria and Lebanon", "syria-and-lebanon", "Syria and Lebanon")]
    [TestCase("Iranian Involvement in the Horn of Africa", "horn-of-africa", "Horn of Africa")]
    [TestCase("Iranian Involvement in Syria:", "syria", "Syria")]
    public void Region_headings_map_to_stable_ids(string heading, string id, string region)
    {
        var sections = Sections($"Overview\n\n► Iran condemned the attack (Fars, November 5).\n\n{heading}\n\n► Iran sent aid (IRNA, November 6).\n");
        Assert.That((sections[1].Id, sections[1].Kind, sections[1].Heading, sections[1].Region),
            Is.EqualTo((id, SectionKind.Region, heading, region)));
    }

    [Test]
    public void Other_headings_are_topics_recognised_by_shape()
    {
        var sections = Sections("Overview\n\n► Iran condemned the attack (Fars, November 5).\n\nThe Nuclear Program\n\n► Talks resumed in Vienna (IRNA, November 6).\n");
        Assert.That((sections[1].Id, sections[1].Kind, sections[1].Heading, sections[1].Region, sections[1].Items.Length),
            Is.EqualTo(("the-nuclear-program", SectionKind.Topic, "The Nuclear Program", (string?)null, 1)));
    }

    [Test]
    public void A_sentence_that_opens_like_a_heading_is_not_one()
    {
        var sections = Sections("Overview\n\nIran and Iraq agreed to expand their cooperation in the fields of energy and trade (IRNA, November 6).\n");
        Assert.That(sections.Select(s => (s.Id, s.Items.Length)), Is.EqualTo(new[] { ("overview", 1) }));
    }

    [TestCase("► ", "►")]
    [TestCase("►", "►")]
    [TestCase("▶ ", "▶")]
    [TestCase("• ", "•")]
    [TestCase("•", "•")]
    [TestCase("▪ ", "▪")]
    [TestCase("- ", "-")]
    [TestCase("* ", "*")]
    [TestCase("- ▶ ", "- ▶")]
    [TestCase("1. ", "1.")]
    [TestCase("1.", "1.")]
    public void Bullet_markers_are_kept_and_removed_from_text(string written, string marker)
    {
        var sections = Sections($"Overview\n\n{written}Iran condemned the attack (Fars, November 5).\n{written}Iran sent aid (IRNA, November 6).\n");
        Assert.That(sections[0].Items.Select(i => (i.Marker, i.Text)), Is.EqualTo(new (string?, string)[]
        {
            (marker, "Iran condemned the attack (Fars, November 5)."),
            (marker, "Iran sent aid (IRNA, November 6)."),
        }));
    }

    [Test]
    public void Plain_paragraphs_are_items_when_glyphs_were_lost()
    {
        var sections = Sections("Main Points\n\nIran condemned the attack on its embassy in the capital (Fars, November 5).\n\nIran sent humanitarian aid to the region (IRNA, November 6).\n");
        Assert.That(sections[0].Items.Select(i => (i.Id, i.Marker, i.Lines)), Is.EqualTo(new (string, string?, LineRange)[]
        {
            ("overview-1", null, new(10, 10)),
            ("overview-2", null, new(12, 12)),
        }));
    }

    [Test]
    public void Wrapped_lines_of_a_bullet_are_one_item()
    {
        var sections = Sections("Overview\n\n► Iran condemned the attack on its\nembassy in the capital (Fars, November 5).\n");
        Assert.That(sections[0].Items.Single().Text, Is.EqualTo("Iran condemned the attack on its embassy in the capital (Fars, November 5)."));
        Assert.That(sections[0].Items.Single().Lines, Is.EqualTo(new LineRange(10, 11)));
    }

    [Test]
    public void A_paragraph_opening_in_lower_case_continues_the_item_before_it_even_after_a_full_stop()
    {
        var sections = Sections("Overview\n\n► The two ministers signed the agreement.\n\nwhich Syria welcomed the next day (Fars, November 5).\n");
        var item = sections[0].Items.Single();
        Assert.That((item.Text, item.Lines), Is.EqualTo(("The two ministers signed the agreement. which Syria welcomed the next day (Fars, November 5).", new LineRange(10, 12))));
        Assert.That(item.Sources.Select(s => (s.Name, s.Date)), Is.EqualTo(new[] { ("Fars", (string?)"2021-11-05") }));
    }

    [Test]
    public void A_paragraph_opening_in_capitals_after_a_full_stop_is_an_item_of_its_own()
    {
        var sections = Sections("Overview\n\n► The two ministers signed the agreement.\n\nSyria welcomed it the next day (Fars, November 5).\n");
        Assert.That(sections[0].Items.Select(i => (i.Marker, i.Text)), Is.EqualTo(new (string?, string)[]
        {
            ("►", "The two ministers signed the agreement."),
            (null, "Syria welcomed it the next day (Fars, November 5)."),
        }));
    }

    [Test]
    public void Page_number_between_the_halves_of_an_item_is_dropped()
    {
        var sections = Sections("Overview\n\n► The two ministers agreed to expand cooperation in the\n\n4\n\nfields of oil and gas (Fars, November 5).\n");
        Assert.That(sections[0].Items.Select(i => (i.Text, i.Lines)), Is.EqualTo(new[]
        {
            ("The two ministers agreed to expand cooperation in the fields of oil and gas (Fars, November 5).", new LineRange(10, 14)),
        }));
    }

    [Test]
    public void A_caption_between_the_halves_of_an_item_stays_a_figure()
    {
        var sections = Sections("Overview\n\n► The two ministers agreed to expand cooperation in the\n\n\n\nThe ministers in Tehran. (Fars, November 5)\n\nfields of oil and gas (Fars, November 5).\n");
        Assert.That(sections[0].Items.Single().Text, Is.EqualTo("The two ministers agreed to expand cooperation in the fields of oil and gas (Fars, November 5)."));
        Assert.That(sections[0].Items.Single().Lines, Is.EqualTo(new LineRange(10, 16)));
        Assert.That(sections[0].Figures.Select(f => (f.Id, f.Caption, f.Lines)),
            Is.EqualTo(new[] { ("overview-fig-1", "The ministers in Tehran. (Fars, November 5)", new LineRange(14, 14)) }));
    }

    [Test]
    public void Running_headers_that_repeat_the_title_are_dropped()
    {
        var sections = Sections("Overview\n\n► The two ministers agreed to expand cooperation in the\n\nSpotlight on Iran\n\nfields of oil and gas (Fars, November 5).\n");
        Assert.That(sections[0].Items.Single().Text, Is.EqualTo("The two ministers agreed to expand cooperation in the fields of oil and gas (Fars, November 5)."));
    }

    [Test]
    public void Lines_repeated_on_every_page_are_running_headers_not_topics()
    {
        const string running = "The Meir Amit Intelligence and Terrorism Information Center";
        var sections = Sections($"Overview\n\n► Iran sent aid to the region (IRNA, November 6).\n\n{running}\n\n"
            + $"Iranian Involvement in Syria\n\n► The two ministers agreed to expand cooperation in the\n\n{running}\n\n"
            + "fields of oil and gas (Fars, November 5).\n");
        Assert.That(sections.Select(s => (s.Id, s.Items.Length)), Is.EqualTo(new[] { ("overview", 1), ("syria", 1) }));
        Assert.That(sections[1].Items[0].Text, Is.EqualTo("The two ministers agreed to expand cooperation in the fields of oil and gas (Fars, November 5)."));
    }

    [TestCase("The ministers in Tehran. (Fars, November 5)", "The ministers in Tehran. (Fars, November 5)")]
    [TestCase("The ministers in Tehran. (ISNA, October 28, 2015)", "The ministers in Tehran. (ISNA, October 28, 2015)")]
    [TestCase("The ministers in Tehran. Source: Fars News Agency", "The ministers in Tehran. Source: Fars News Agency")]
    [TestCase("**The ministers in Tehran.\n(Fars, November 5)**", "The ministers in Tehran. (Fars, November 5)")]
    [TestCase("The ministers in Tehran.\n(Fars, November 5)", "The ministers in Tehran. (Fars, November 5)")]
    [TestCase("The ministers in Tehran. (Fars, November 5)\nThe ministers in Tehran. (Fars, November 5)", "The ministers in Tehran. (Fars, November 5)")]
    [TestCase("The ministers in Tehran.\nThe ministers in Tehran. (Fars, November 5)", "The ministers in Tehran. (Fars, November 5)")]
    public void Captions_set_apart_become_one_figure(string written, string caption)
    {
        var sections = Sections($"Overview\n\n► Iran condemned the attack (Fars, November 5).\n\n\n\n{written}\n\n► Iran sent aid (IRNA, November 6).\n");
        Assert.That(sections[0].Items.Length, Is.EqualTo(2));
        Assert.That(sections[0].Figures.Select(f => f.Caption), Is.EqualTo(new[] { caption }));
    }

    [Test]
    public void A_short_paragraph_without_extra_space_is_not_a_caption()
    {
        var sections = Sections("Main Points\n\nIran condemned the attack on its embassy (Fars, November 5).\n\nIran sent aid (IRNA, November 6).\n");
        Assert.That((sections[0].Items.Length, sections[0].Figures.Length), Is.EqualTo((2, 0)));
    }

    [Test]
    public void A_heading_written_twice_gets_a_distinct_id()
    {
        var sections = Sections("Overview\n\n► Iran sent aid (IRNA, November 6).\n\nIranian Involvement in Syria\n\n► One (IRNA, November 6).\n\nIranian Involvement in Syria\n\n► Two (IRNA, November 7).\n");
        Assert.That(sections.Select(s => s.Id), Is.EqualTo(new[] { "overview", "syria", "syria-2" }));
    }

    [Test]
    public void A_heading_written_again_is_counted_on_past_ids_already_taken()
    {
        // "Round 2" takes "round-2" first, so "Round" written a second time is "round-3", a third time "round-4".
        var sections = ParseHelper.Text(ParseHelper.Header + "► First point.\n\nRound 2\n► A.\n\nRound\n► B.\n\nRound\n► C.\n\nRound\n► D.\n").Report.Sections;
        Assert.That(sections.Select(s => s.Id), Is.EqualTo(new[] { "overview", "round-2", "round", "round-3", "round-4" }));
    }
}
