using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Extraction;

public sealed class SourceExtractorTests
{
    private static readonly DateContext November2021 = TestPeriods.November2021;

    private static readonly SourceExtractor Extractor = new(SeriesProfiles.Iran);

    private static List<SourceMention> Sources(string text, bool caption = false) =>
        Extractor.Extract(text, DateExtractor.Extract(text, November2021), caption, out _);

    private static IEnumerable<(string Name, string? Outlet, string? Date)> Cited(string text, bool caption = false) =>
        Sources(text, caption).Select(s => (s.Name, s.Outlet, s.Date));

    [TestCase("stressed its support (Fars, November 15).", "Fars", "Fars News Agency", "2021-11-15")]
    [TestCase("stressed (Fars, November 15) its support.", "Fars", "Fars News Agency", "2021-11-15")]
    [TestCase("stressed its support. (Fars, November 15)", "Fars", "Fars News Agency", "2021-11-15")]
    [TestCase("stressed its support (Tasnim News, October 25, 2015).", "Tasnim News", "Tasnim News Agency", "2015-10-25")]
    [TestCase("stressed its support (Twitter, August 7 2017).", "Twitter", null, "2017-08-07")]
    [TestCase("showed the site (Imagsat November 18, 2019).", "Imagsat", null, "2019-11-18")]
    [TestCase("was reported (Seraj24.ir, May 11, 2016).", "Seraj24.ir", null, "2016-05-11")]
    [TestCase("was reported (IRGC-affiliated Telegram channel, May 17, 2016).", "IRGC-affiliated Telegram channel", null, "2016-05-17")]
    [TestCase("was seen (Twitter accounts of Syrian journalists, November 6).", "Twitter accounts of Syrian journalists", null, "2021-11-06")]
    [TestCase("was taken (Fars, November 15; date of original photo unknown).", "Fars", "Fars News Agency", "2021-11-15")]
    [TestCase("was taken (From Fars, November 15).", "Fars", "Fars News Agency", "2021-11-15")]
    [TestCase("was taken ( Defa Press, November 15).", "Defa Press", "Defa Press", "2021-11-15")]
    [TestCase("was taken (TASNIM, AUGUST 7 2016).", "TASNIM", "Tasnim News Agency", "2016-08-07")]
    [TestCase("was taken (8news.ir).", "8news.ir", null, null)]
    [TestCase("was taken (Mashreq News, November 5).", "Mashreq News", "Mashregh News", "2021-11-05")]
    [TestCase("was taken (Asr Iran, November 5).", "Asr Iran", "Asr-e Iran", "2021-11-05")]
    [TestCase("was taken (al-Mayadeen, November 5).", "al-Mayadeen", "Al Mayadeen", "2021-11-05")]
    [TestCase("was taken (Al Mayadeen, November 5).", "Al Mayadeen", "Al Mayadeen", "2021-11-05")]
    [TestCase("was reported (7Dnews, November 5).", "7Dnews", null, "2021-11-05")]
    public void Reads_a_citation(string text, string name, string? outlet, string? date)
    {
        var source = Sources(text).Single();
        Assert.That((source.Name, source.Outlet, source.Date, source.Kind), Is.EqualTo((name, outlet, date, SourceKind.Citation)));
    }

    [Test]
    public void Several_sources_in_one_parenthesis()
    {
        Assert.That(Cited("reasons (@dyaakaddor, November 6, ammar_sakkar, November 7)."), Is.EqualTo(new (string, string?, string?)[]
        {
            ("@dyaakaddor", null, "2021-11-06"), ("ammar_sakkar", null, "2021-11-07"),
        }));
        Assert.That(Cited("agreed (ISNA, May 11, 2016; Mehr, May 12, 2016)."), Is.EqualTo(new (string, string?, string?)[]
        {
            ("ISNA", "ISNA", "2016-05-11"), ("Mehr", "Mehr News Agency", "2016-05-12"),
        }));
    }

    [TestCase("@dyaakaddor", SourcePlatform.Twitter)]
    [TestCase("ammar_sakkar", SourcePlatform.Twitter)]
    [TestCase("Twitter", SourcePlatform.Twitter)]
    [TestCase("IRGC-affiliated Telegram channel", SourcePlatform.Telegram)]
    [TestCase("Instagram page of the Quds Force", SourcePlatform.Instagram)]
    [TestCase("YouTube", SourcePlatform.YouTube)]
    [TestCase("Seraj24.ir", SourcePlatform.Website)]
    public void Says_the_platform_where_the_citation_shows_it(string name, SourcePlatform platform)
    {
        Assert.That(Sources($"was seen ({name}, November 6).").Single().Platform, Is.EqualTo(platform));
    }

    [Test]
    public void An_outlet_has_no_platform()
    {
        Assert.That(Sources("was seen (Fars, November 6).").Single().Platform, Is.Null);
    }

    [TestCase("the Revolutionary Guards (IRGC) launched")]
    [TestCase("three unmanned aerial vehicles (UAVs) were")]
    [TestCase("supporters (overwhelmingly members of the militias in civilian clothing) and")]
    [TestCase("the commander (second from right) and")]
    [TestCase("was signed (September 13, 2021) in")]
    [TestCase("In a tweet on his Twitter account (November 7), the Secretary")]
    [TestCase("Syrian opposition sources reported that")]
    [TestCase("Iranian media implied that, according to the reports,")]
    [TestCase("Khatibzadeh stated (November 7) that")]
    [TestCase("the elections held in Fars province")]
    public void Cites_nothing(string text)
    {
        Assert.That(Sources(text), Is.Empty);
    }

    [Test]
    public void A_source_name_of_any_length_up_to_the_comma_before_its_date_is_one_source()
    {
        const string text = "The factions claimed the attack (Telegram channel of the media unit of the joint operations room of the factions, May 3, 2024).";
        const string name = "Telegram channel of the media unit of the joint operations room of the factions";
        Assert.That(Sources(text), Is.EqualTo(new[]
        {
            new SourceMention(name, null, SourceKind.Citation, SourcePlatform.Telegram, "2024-05-03", name + ", May 3, 2024", 33, 92),
        }));
    }

    [Test]
    public void A_long_source_name_shares_its_parenthesis_with_another_source()
    {
        const string text = "claimed (Telegram channel of the media unit of the joint operations room of the factions, May 3, 2024; Fars, May 4, 2024).";
        Assert.That(Sources(text).Select(s => (s.Name, s.Outlet, s.Platform, s.Date, s.Start)), Is.EqualTo(new (string, string?, SourcePlatform?, string?, int)[]
        {
            ("Telegram channel of the media unit of the joint operations room of the factions", null, SourcePlatform.Telegram, "2024-05-03", 9),
            ("Fars", "Fars News Agency", null, "2024-05-04", 103),
        }));
    }

    [TestCase("Website of the Office for the Preservation and Publication of the Works of the Supreme Leader", SourcePlatform.Website)]
    [TestCase("Twitter accounts of pro-regime Syrian journalists and activists close to the militias in Deir ez-Zor", SourcePlatform.Twitter)]
    [TestCase("Official news agency of the Ministry of Information of the government of the Houthis in Sanaa", null)]
    public void A_long_name_that_names_a_medium_is_a_source(string name, SourcePlatform? platform)
    {
        var source = Sources($"was seen ({name}, November 6).").Single();
        Assert.That((source.Name, source.Kind, source.Platform, source.Date, source.Start, source.Length),
            Is.EqualTo((name, SourceKind.Citation, platform, "2021-11-06", 10, name.Length + 12)));
    }

    [TestCase("the attack (The attack was carried out by the factions near the base in the north of the country, May 3) was")]
    [TestCase("the attack (Footage of the attack was posted on the Telegram channel of the factions on May 3, 2024) was")]
    [TestCase("the attack (The Telegram channel of the factions, which claimed the attack on the base in the north, May 3) was")]
    [TestCase("the attack (Telegram channel of the media unit of the joint operations room of the factions May 3, 2024) was")]
    [TestCase("the attack (According to the spokesman of the factions the drones were launched from the territory of Iraq) was")]
    public void A_long_remark_in_parentheses_cites_nothing(string text)
    {
        Assert.That(Sources(text), Is.Empty);
    }

    [Test]
    public void A_second_date_after_a_source_is_no_empty_source()
    {
        const string text = "was signed (Fars, November 6, November 7).";
        var sources = Extractor.Extract(text, DateExtractor.Extract(text, November2021), false, out bool empty);
        Assert.That((sources.Single().Name, sources.Single().Date, empty), Is.EqualTo(("Fars", "2021-11-06", false)));
    }

    [Test]
    public void An_empty_source_is_a_date_and_a_finding()
    {
        const string text = "was signed (, May 28, 2017).";
        var dates = DateExtractor.Extract(text, November2021);
        var sources = Extractor.Extract(text, dates, false, out bool empty);
        Assert.That((sources.Count, dates.Single().Value, empty), Is.EqualTo((0, "2017-05-28", true)));
    }

    [TestCase("The Saudi al-Arabiya channel reported (November 10) that", "al-Arabiya", "Al Arabiya", "2021-11-10", "The Saudi al-Arabiya channel reported (November 10)")]
    [TestCase("The official channel, al-Alam, reported (November 10) that", "al-Alam", "Al-Alam", "2021-11-10", "al-Alam, reported (November 10)")]
    [TestCase("published by the website Nour News (November 7), which", "Nour News", "Nour News", "2021-11-07", "the website Nour News (November 7)")]
    [TestCase("The newspaper Baghdad al-Youm reported (November 8) that", "Baghdad al-Youm", "Baghdad al-Youm", "2021-11-08", "The newspaper Baghdad al-Youm reported (November 8)")]
    [TestCase("an interview to the al-Jazeera TV channel (November 8) al-Hayya", "al-Jazeera", "Al Jazeera", "2021-11-08", "the al-Jazeera TV channel (November 8)")]
    [TestCase("An Iranian news website, Dideban, also reported (November 7) about", "Dideban", null, "2021-11-07", "Dideban, also reported (November 7)")]
    [TestCase("The Tasnim News Agency, which is affiliated with the IRGC, reported (November 7) that", "Tasnim News Agency", "Tasnim News Agency", "2021-11-07", "The Tasnim News Agency, which is affiliated with the IRGC, reported (November 7)")]
    [TestCase("The Saudi al-Arabiya channel reported that Ghafari", "al-Arabiya", "Al Arabiya", null, "The Saudi al-Arabiya channel reported")]
    [TestCase("In an interview with the al-Jazeera channel, the official", "al-Jazeera", "Al Jazeera", null, "interview with the al-Jazeera channel")]
    [TestCase("he told the Iranian Fars news agency that", "Fars", "Fars News Agency", null, "told the Iranian Fars news agency")]
    [TestCase("The Lebanese paper al-Akhbar reported that", "al-Akhbar", "Al-Akhbar", null, "The Lebanese paper al-Akhbar reported")]
    [TestCase("the Russian state-run Sputnik agency reported that", "Sputnik", "Sputnik", null, "the Russian state-run Sputnik agency reported")]
    [TestCase("according to Press TV, the", "Press TV", "Press TV", null, "according to Press TV")]
    public void Reads_an_inline_attribution(string text, string name, string? outlet, string? date, string written)
    {
        var source = Sources(text).Single();
        Assert.That((source.Name, source.Outlet, source.Date, source.Kind, source.Text),
            Is.EqualTo((name, outlet, date, SourceKind.Inline, written)));
        Assert.That(text.Substring(source.Start, source.Length), Is.EqualTo(written));
    }

    [TestCase("the Russian daily Kommersant reported (March 9) that the deal", "Kommersant", null, null, "2024-03-09", "the Russian daily Kommersant reported (March 9)", 0)]
    [TestCase("In Beirut, the Lebanese newspaper Nida al-Watan reported (May 2) that", "Nida al-Watan", null, null, "2024-05-02", "the Lebanese newspaper Nida al-Watan reported (May 2)", 11)]
    [TestCase("the Iraqi news agency Shafaq News reported that the", "Shafaq News", "Shafaq News", null, null, "the Iraqi news agency Shafaq News reported", 0)]
    [TestCase("the Russian daily Kommersant reported that the deal", "Kommersant", null, null, null, "the Russian daily Kommersant reported", 0)]
    [TestCase("The Lebanese newspaper Nida al-Watan wrote that Hezbollah", "Nida al-Watan", null, null, null, "The Lebanese newspaper Nida al-Watan wrote", 0)]
    [TestCase("the Iraqi news agency Mawazin, which is close to the factions, reported that", "Mawazin", null, null, null, "the Iraqi news agency Mawazin, which is close to the factions, reported", 0)]
    [TestCase("the Iraqi satellite channel Dijlah reported that", "Dijlah", null, null, null, "channel Dijlah reported", 20)]
    [TestCase("Iraqi news website Alsumaria Plus also reported that", "Alsumaria Plus", null, SourcePlatform.Website, null, "Iraqi news website Alsumaria Plus also reported", 0)]
    [TestCase("according to the Lebanese daily Nida al-Watan, Hezbollah", "Nida al-Watan", null, null, null, "according to the Lebanese daily Nida al-Watan", 0)]
    [TestCase("he told the Russian daily Kommersant that the deal", "Kommersant", null, null, null, "told the Russian daily Kommersant", 3)]
    public void An_outlet_named_after_a_descriptor_is_a_source_even_when_the_table_does_not_know_it(
        string text, string name, string? outlet, SourcePlatform? platform, string? date, string written, int start)
    {
        var source = Extractor.Extract(text, DateExtractor.Extract(text, TestPeriods.Spring2024), false, out _).Single();
        Assert.That(source, Is.EqualTo(new SourceMention(name, outlet, SourceKind.Inline, platform, date, written, start, written.Length)));
    }

    [TestCase("the daily reported that the deal")]
    [TestCase("the agency said on Monday that the deal")]
    [TestCase("The Lebanese newspaper reported (May 2) that")]
    [TestCase("In a statement on its website Hezbollah said that")]
    [TestCase("On their Telegram channel the Houthis reported that")]
    [TestCase("the UN nuclear agency IAEA said that Iran")]
    [TestCase("the Iranian-backed terror network Hezbollah announced that")]
    [TestCase("the newspaper's editor Ali Rezaei said that")]
    [TestCase("the official news agency of the Houthis said that")]
    [TestCase("Speaking to the newspaper, Ali Rezaei said that")]
    [TestCase("according to the Lebanese daily, Hezbollah")]
    public void A_descriptor_without_a_name_is_no_source(string text)
    {
        Assert.That(Extractor.Extract(text, DateExtractor.Extract(text, TestPeriods.Spring2024), false, out _), Is.Empty);
    }

    [Test]
    public void A_caption_cites_its_last_parenthesis()
    {
        Assert.That(Cited("Soleimani (IRNA, March 2) with commanders (Fars, November 4)", caption: true),
            Is.EqualTo(new (string, string?, string?)[] { ("Fars", "Fars News Agency", "2021-11-04") }));
    }

    [Test]
    public void A_caption_may_name_its_source_after_Source()
    {
        Assert.That(Cited("The ministers meet in Kampala. Source: Fars News Agency", caption: true),
            Is.EqualTo(new (string, string?, string?)[] { ("Fars News Agency", "Fars News Agency", null) }));
        Assert.That(Cited("The ministers meet in Kampala. Source: Tasnim, November 6", caption: true),
            Is.EqualTo(new (string, string?, string?)[] { ("Tasnim", "Tasnim News Agency", "2021-11-06") }));
    }

    private static (List<DateMention> Dates, List<SourceMention> Sources) CaptionIn2024(string caption)
    {
        var dates = DateExtractor.Extract(caption, TestPeriods.Spring2024);
        return (dates, Extractor.Extract(caption, dates, true, out _));
    }

    [TestCase("Delegates at the conference in Tehran. Source: Tasnim, March 5")]
    [TestCase("Delegates at the conference in Tehran. Source: Tasnim, March 5.")]
    [TestCase("Delegates at the conference in Tehran. SOURCE : Tasnim, March 5 ")]
    public void A_Source_tail_gives_its_date_and_its_source(string caption)
    {
        var (dates, sources) = CaptionIn2024(caption);
        Assert.That(dates, Is.EqualTo(new[] { new DateMention("March 5", "2024-03-05", DateGranularity.Day, null, false, 55 + caption.IndexOf("Tasnim") - 47, 7) }));
        Assert.That(sources, Is.EqualTo(new[]
        {
            new SourceMention("Tasnim", "Tasnim News Agency", SourceKind.Citation, null, "2024-03-05", "Tasnim, March 5", caption.IndexOf("Tasnim"), 15),
        }));
    }

    [Test]
    public void A_Source_tail_may_name_several_sources_each_with_its_date()
    {
        var (_, sources) = CaptionIn2024("Delegates at the conference in Tehran. Sources: Tasnim, March 5; Fars, March 6");
        Assert.That(sources, Is.EqualTo(new[]
        {
            new SourceMention("Tasnim", "Tasnim News Agency", SourceKind.Citation, null, "2024-03-05", "Tasnim, March 5", 48, 15),
            new SourceMention("Fars", "Fars News Agency", SourceKind.Citation, null, "2024-03-06", "Fars, March 6", 65, 13),
        }));
    }

    [Test]
    public void A_Source_tail_may_give_its_date_in_parentheses()
    {
        var (dates, sources) = CaptionIn2024("Delegates at the conference in Tehran. Source: Tasnim (March 5)");
        Assert.That(dates.Single().Value, Is.EqualTo("2024-03-05"));
        Assert.That(sources, Is.EqualTo(new[]
        {
            new SourceMention("Tasnim", "Tasnim News Agency", SourceKind.Citation, null, "2024-03-05", "Tasnim (March 5)", 47, 16),
        }));
    }

    [Test]
    public void A_Source_tail_keeps_a_long_name_whole_and_drops_a_remark_after_its_date()
    {
        const string name = "Telegram channel of the media unit of the joint operations room of the factions";
        var (_, sources) = CaptionIn2024($"Delegates in Tehran. Source: {name}, March 5, photo taken in Tehran on March 4");
        Assert.That(sources.Select(s => (s.Name, s.Kind, s.Platform, s.Date)), Is.EqualTo(new (string, SourceKind, SourcePlatform?, string?)[]
        {
            (name, SourceKind.Citation, SourcePlatform.Telegram, "2024-03-05"),
        }));
    }

    [TestCase("Delegates at the conference in Tehran. Source: March 5")]
    [TestCase("Delegates at the conference in Tehran. Source:")]
    [TestCase("Delegates at the conference in Tehran. Source: (March 5)")]
    public void A_Source_tail_without_a_name_cites_nothing(string caption)
    {
        Assert.That(CaptionIn2024(caption).Sources, Is.Empty);
    }

    [Test]
    public void Mentions_come_in_text_order()
    {
        var sources = Sources("The IRNA news agency reported (November 8) that exports resumed (Fars, November 11).");
        Assert.That(sources.Select(s => (s.Kind, s.Name)), Is.EqualTo(new[] { (SourceKind.Inline, "IRNA"), (SourceKind.Citation, "Fars") }));
    }
    [Test]
    public void An_unknown_name_after_the_last_date_is_no_source()
    {
        Assert.That(Cited("was taken (Fars, November 15; Photo by Ali Rezaei)."),
            Is.EqualTo(new (string, string?, string?)[] { ("Fars", "Fars News Agency", "2021-11-15") }));
    }

    [Test]
    public void A_name_of_eleven_words_before_its_date_without_a_comma_cites_nothing()
    {
        Assert.That(Sources("the attack (The attack was carried out near the base in the north May 3) was"), Is.Empty);
        Assert.That(Cited("the attack (The attack was carried out near the base in north May 3) was").Single().Name,
            Is.EqualTo("The attack was carried out near the base in north"), "ten words are still a name");
    }

    [Test]
    public void A_later_source_in_a_Source_tail_must_read_as_a_name_beside_its_date()
    {
        var (_, sources) = CaptionIn2024("Delegates at the conference in Tehran. Sources: Tasnim, March 5; Ali Rezaei, March 6");
        Assert.That(sources.Select(s => (s.Name, s.Date)), Is.EqualTo(new[] { ("Tasnim", (string?)"2024-03-05"), ("Ali Rezaei", "2024-03-06") }));
    }

    [Test]
    public void Source_inside_a_word_is_no_label()
    {
        Assert.That(Cited("The ministers meet in Kampala. Resources: Fars News Agency", caption: true), Is.Empty);
    }

    [Test]
    public void A_Source_label_right_after_an_unclosed_parenthesis_counts()
    {
        Assert.That(Cited("The ministers meet in Kampala (Source: Fars News Agency", caption: true),
            Is.EqualTo(new (string, string?, string?)[] { ("Fars News Agency", "Fars News Agency", null) }));
    }

    [Test]
    public void A_reporting_verb_inside_a_parenthesis_is_no_inline_attribution()
    {
        Assert.That(Sources("the report (the Saudi al-Arabiya channel reported) said"), Is.Empty);
    }

    [Test]
    public void A_reporting_verb_joined_to_a_word_is_no_anchor()
    {
        Assert.That(Sources("the Fars-reported figures rose"), Is.Empty);
        Assert.That(Sources("the Fars misreported figures rose"), Is.Empty);
    }

    [Test]
    public void A_lead_phrase_after_a_known_outlet_names_the_outlet_after_it()
    {
        var source = Sources("a claim Fars according to Press TV denied").Single();
        Assert.That((source.Name, source.Text), Is.EqualTo(("Press TV", "according to Press TV")));
    }

    [Test]
    public void A_lead_phrase_cut_short_by_the_end_of_the_text_cites_nothing()
    {
        Assert.That(Sources("the figures were as expected according to"), Is.Empty);
        Assert.That(Sources("the figures were as expected according"), Is.Empty);
    }

    [TestCase("in a statement, an Iranian news agency Tasnim reported that", "an Iranian news agency Tasnim reported", 16)]
    [TestCase("in a statement, a news agency Tasnim reported that", "a news agency Tasnim reported", 16)]
    [TestCase("in a statement, the news agency Tasnim reported that", "the news agency Tasnim reported", 16)]
    [TestCase("An Iranian news agency Tasnim reported that", "An Iranian news agency Tasnim reported", 0)]
    [TestCase("A news agency Tasnim reported that", "A news agency Tasnim reported", 0)]
    public void An_article_before_an_inline_name_is_part_of_its_text(string text, string written, int start)
    {
        var source = Sources(text).Single();
        Assert.That((source.Name, source.Text, source.Start), Is.EqualTo(("Tasnim", written, start)));
    }
}
