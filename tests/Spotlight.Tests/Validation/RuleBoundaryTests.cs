using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Parsing;
using Spotlight.Reading;

namespace Spotlight.Tests.Validation;

/// <summary>
/// The edges of each rule that its two documented examples do not reach: the last day of the period, the
/// first day past a year before it, each branch of a rule that fires for more than one reason.
/// </summary>
public sealed class RuleBoundaryTests
{
    private const string Header = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
        + "► Iran sent aid to Syria (IRNA, November 6).\n\nIranian Involvement in Syria\n\n";

    private static IEnumerable<Diagnostic> Findings(string code, string item) =>
        RuleTests.Validate(Header + item + "\n").Where(f => f.Code == code);

    [TestCase("November 18", false)]
    [TestCase("November 19", true)]
    [TestCase("November 4", false)]
    [TestCase("November 5, 2020", false)]
    [TestCase("November 4, 2020", false)]
    [TestCase("November 3, 2020", true)]
    public void SPT016_fires_only_past_the_period_end_or_more_than_a_year_before_its_start(string date, bool fires)
    {
        var findings = Findings("SPT016", $"► A delegation arrived in Damascus (IRNA, {date}).");
        Assert.That(findings.Any(), Is.EqualTo(fires));
    }

    [TestCase("December 28", null)]
    [TestCase("January 10", null)]
    [TestCase("January 11", "2022-01-11 is after the period's end, 2022-01-10")]
    [TestCase("December 28, 2020", null)]
    [TestCase("December 27, 2020", "2020-12-27 is more than a year before the period's start, 2021-12-28")]
    public void SPT016_over_New_Year_takes_each_date_in_its_own_year(string date, string? detail)
    {
        string text = "Spotlight on Iran\n\nDecember 28, 2021 – January 10, 2022\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
            + "► Iran sent aid to Syria (IRNA, December 30).\n\nIranian Involvement in Syria\n\n"
            + $"► A delegation arrived in Damascus (IRNA, {date}).\n";
        var findings = ReportFindings("SPT016", text).Select(f => (f.Line, f.Column, f.Message));
        Assert.That(findings, detail is null ? Is.Empty
            : Is.EqualTo(new[] { ((int?)13, (int?)37, "cited date lies outside the report's period: " + detail) }));
    }

    [Test]
    public void SPT016_names_the_date_and_the_period_end()
    {
        var finding = Findings("SPT016", "► A delegation arrived in Damascus (IRNA, November 19).").Single();
        Assert.That((finding.Line, finding.Column, finding.ItemId, finding.Message), Is.EqualTo(((int?)13, (int?)37, "syria-1",
            "cited date lies outside the report's period: 2021-11-19 is after the period's end, 2021-11-18")));
    }

    [Test]
    public void SPT014_fires_on_an_item_opening_in_lower_case()
    {
        var finding = Findings("SPT014", "► the ministry will help in the reconstruction of villages (Mehr, November 13).").Single();
        Assert.That((finding.Line, finding.Column, finding.ItemId, finding.Message), Is.EqualTo(((int?)13, (int?)1, "syria-1",
            "text looks like an unrepaired page break: item opens in lower case")));
    }

    [Test]
    public void SPT014_fires_on_a_word_split_by_a_hyphen_and_a_space_where_it_is()
    {
        var finding = Findings("SPT014", "► The ministry will help in the reconstruc- tion of villages (Mehr, November 13).").Single();
        Assert.That((finding.Line, finding.Column, finding.Message), Is.EqualTo(((int?)13, (int?)41,
            "text looks like an unrepaired page break: 'uc- ti'")));
    }

    [TestCase("► The ministry will help in the Iraq- Iran border villages (Mehr, November 13).")]
    [TestCase("► The ministry will help 12- 14 villages (Mehr, November 13).")]
    public void SPT014_is_quiet_on_a_capital_or_a_number_after_a_hyphen(string item)
    {
        Assert.That(Findings("SPT014", item), Is.Empty);
    }

    private static IEnumerable<Diagnostic> ReportFindings(string code, string text) =>
        RuleTests.Validate(text).Where(f => f.Code == code);

    private static string WithPeriod(string period) =>
        $"Spotlight on Iran\n\n{period}\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n► Iran sent aid to Syria (IRNA, November 6).\n";

    [TestCase("November 4, 2021 – December 4, 2021", null)]
    [TestCase("November 4, 2021 – December 5, 2021", "November 4, 2021 – December 5, 2021 is 32 days")]
    [TestCase("December 21, 2021 – January 20, 2022", null)]
    [TestCase("December 20, 2021 – January 20, 2022", "December 20, 2021 – January 20, 2022 is 32 days")]
    public void SPT007_allows_31_days_and_no_more(string period, string? detail)
    {
        var findings = ReportFindings("SPT007", WithPeriod(period)).Select(f => (f.Line, f.Column, f.Message));
        Assert.That(findings, detail is null ? Is.Empty
            : Is.EqualTo(new[] { ((int?)3, (int?)1, "period lasts more than 31 days: " + detail) }));
    }

    [Test]
    public void SPT008_holds_section_items_to_a_source_but_not_summary_items()
    {
        string text = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
            + "► Iran sent aid to Syria.\n\nIranian Involvement in Syria\n\n► A delegation arrived in Damascus (IRNA, November 6).\n\n"
            + "► The delegation stayed two days.\n";
        Assert.That(ReportFindings("SPT008", text).Select(f => (f.Line, f.Column, f.ItemId)),
            Is.EqualTo(new[] { ((int?)15, (int?)1, "syria-2") }));
    }

    [Test]
    public void SPT009_names_the_empty_section_by_its_heading()
    {
        string text = Header + "► A delegation arrived in Damascus (IRNA, November 6).\n\nIranian Involvement in Iraq\n\nIranian Involvement in Lebanon\n\n"
            + "► Hezbollah met (Al-Manar, November 7).\n";
        Assert.That(ReportFindings("SPT009", text).Select(f => (f.Line, f.Message)),
            Is.EqualTo(new[] { ((int?)15, "section has no items: Iranian Involvement in Iraq") }));
    }

    [Test]
    public void SPT011_takes_a_heading_written_again_in_other_case_for_the_same_and_names_its_first_line()
    {
        string text = Header + "► A delegation arrived in Damascus (IRNA, November 6).\n\nIranian involvement in Syria\n\n"
            + "► The delegation left (IRNA, November 8).\n";
        Assert.That(ReportFindings("SPT011", text).Select(f => (f.Line, f.Message)),
            Is.EqualTo(new[] { ((int?)15, "heading appears twice: 'Iranian involvement in Syria', first on line 11") }));
    }

    [Test]
    public void SPT012_counts_numbers_as_one_kind_and_reports_the_first_change_only()
    {
        string numbered = Header + "1. A delegation arrived in Damascus (IRNA, November 6).\n\n2. The delegation left (IRNA, November 8).\n";
        Assert.That(ReportFindings("SPT012", numbered.Replace("► Iran sent aid", "1. Iran sent aid")), Is.Empty);

        string mixed = Header + "• A delegation arrived in Damascus (IRNA, November 6).\n\n▪ The delegation left (IRNA, November 8).\n";
        Assert.That(ReportFindings("SPT012", mixed).Select(f => (f.Line, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)13, "syria-1", "bullet glyphs are mixed: '•' after '►'") }));
    }

    [TestCase("► A delegation arrived in Damascus on the morning of", "ends '… in Damascus on the morning of'")]
    [TestCase("► The delegations left for Tehran", "ends '…he delegations left for Tehran'")]
    [TestCase("► The delegation left for Tehran", "ends '…The delegation left for Tehran'")]
    [TestCase("► Tehran denied it", "ends '…Tehran denied it'")]
    public void SPT013_quotes_the_last_thirty_characters_of_a_cut_off_item(string item, string detail)
    {
        Assert.That(Findings("SPT013", item).Select(f => (f.Line, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)13, "syria-1", "item looks cut off: " + detail) }));
    }

    [Test]
    public void SPT013_points_at_the_last_line_of_an_item_written_over_several()
    {
        // The cut is where the item stops, so the finding is on the item's last line, not its first.
        var findings = Findings("SPT013", "► A delegation arrived in Damascus\non the morning of\nthe next");
        Assert.That(findings.Select(f => (f.Line, f.Column, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)15, (int?)1, "syria-1", "item looks cut off: ends '…cus on the morning of the next'") }));
    }

    [TestCase("► A delegation arrived in Damascus (IRNA, February 29, 2024).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, February 29).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, February 29, 2023).", "(IRNA, February 29, 2023): no such day as February 29, 2023")]
    [TestCase("► A delegation arrived in Damascus (IRNA, April 31).", "(IRNA, April 31): no such day as April 31")]
    [TestCase("► A delegation arrived in Damascus (IRNA, April 0).", "(IRNA, April 0): no such day as April 0")]
    [TestCase("► A delegation arrived in Damascus (IRNA, Febuary 6).", "(IRNA, Febuary 6): 'Febuary' is not a month")]
    [TestCase("► A delegation arrived in Damascus (IRNA, Tehran 6).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, Junee 6).", "(IRNA, Junee 6): 'Junee' is not a month")]
    [TestCase("► A delegation arrived in Damascus (IRNA, Jun 6).", null)]
    [TestCase("► A delegation arrived in (Building 6) of the base (IRNA, November 6).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, November 1).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, May 5, 0001).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, May 5, 0000).", "(IRNA, May 5, 0000): no such day as May 5, 0000")]
    [TestCase("► A delegation arrived in Damascus (IRNA, Juen 6).", "(IRNA, Juen 6): 'Juen' is not a month")]
    [TestCase("► A delegation arrived in Damascus (IRNA, Mai 6).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA, Junior 6).", null)]
    [TestCase("► Centrifuges were installed in (Fordow Unit 2) of the site (IRNA, November 6).", null)]
    [TestCase("► A delegation arrived in Damascus (IRNA November 6, 2021).", "(IRNA November 6, 2021): no comma between source and date")]
    [TestCase("► A delegation arrived in Damascus (IRNA, November 6)).", "1 '(' but 2 ')'")]
    public void SPT015_each_kind_and_what_is_no_fault(string item, string? detail)
    {
        var findings = Findings("SPT015", item).Select(f => f.Message);
        Assert.That(findings, detail is null ? Is.Empty : Is.EqualTo(new[] { "malformed citation: " + detail }));
    }

    [TestCase("Janaury")]
    [TestCase("Febuary")]
    [TestCase("Mrach")]
    [TestCase("Aprli")]
    [TestCase("Mayy")]
    [TestCase("Junee")]
    [TestCase("Jully")]
    [TestCase("Agust")]
    [TestCase("Setpember")]
    [TestCase("Ocotber")]
    [TestCase("Novembre")]
    [TestCase("Decmber")]
    public void SPT015_knows_a_misspelling_of_each_month(string word)
    {
        Assert.That(Findings("SPT015", $"► A delegation arrived in Damascus (IRNA, {word} 6).").Select(f => (f.Line, f.Column, f.Message)),
            Is.EqualTo(new[] { ((int?)13, (int?)36, $"malformed citation: (IRNA, {word} 6): '{word}' is not a month") }));
    }

    [Test]
    public void SPT017_leaves_known_outlets_accounts_and_websites_alone()
    {
        var findings = Findings("SPT017", "► A delegation arrived (IRNA, November 6; @qudsnews, November 7; Seraj24.ir, November 8; Kayhan London, November 9).");
        Assert.That(findings.Select(f => (f.Line, f.Column, f.Message)),
            Is.EqualTo(new[] { ((int?)13, (int?)90, "outlet not in the outlet table: Kayhan London") }));
    }

    [Test]
    public void SPT019_names_the_first_control_character_of_each_line_but_not_a_tab()
    {
        string text = Header + "► A delegation\tarrived in\u000cDamascus\u0001 (IRNA, November 6).\n\n► It left\u0085 (IRNA, November 7).\n";
        Assert.That(ReportFindings("SPT019", text).Select(f => (f.Line, f.Column, f.Message)), Is.EqualTo(new[]
        {
            ((int?)13, (int?)26, "control character in the text: U+000C"),
            ((int?)15, (int?)10, "control character in the text: U+0085"),
        }));
    }

    [Test]
    public void SPT023_keys_an_item_by_its_words_one_space_apart_as_its_text_so_spaced_would_be()
    {
        static UInt128 Expected(string text)
        {
            byte[] digest = System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(
                string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).AsSpan()));
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
        }
        var random = new Random(5);
        string Words(int count) => string.Concat(Enumerable.Range(0, count).Select(_ =>
            new string('w', random.Next(1, 9)) + (random.Next(4) switch { 0 => " ", 1 => "\n  ", 2 => "\t", _ => "\u00A0 " })));
        // Texts longer than the buffer the words are gathered in (2,048 characters), a word across its end.
        foreach (string text in new[] { "", "   ", "one", "  one  two\nthree ", Words(10), Words(1_000), new string('x', 5_000) + " y" })
            Assert.That(Spotlight.Validation.Rules.DuplicateItemRule.KeyOf(text), Is.EqualTo(Expected(text)), text.Length.ToString());
        Assert.That(Spotlight.Validation.Rules.DuplicateItemRule.KeyOf("a b c"), Is.EqualTo(Spotlight.Validation.Rules.DuplicateItemRule.KeyOf(" a\n b\t\tc ")));
        Assert.That(Spotlight.Validation.Rules.DuplicateItemRule.KeyOf("a bc"), Is.Not.EqualTo(Spotlight.Validation.Rules.DuplicateItemRule.KeyOf("ab c")));
    }

    [Test]
    public void SPT023_compares_section_items_whatever_their_spacing_and_not_summary_items()
    {
        string text = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
            + "► A delegation arrived in Damascus (IRNA, November 6).\n\nIranian Involvement in Syria\n\n"
            + "► A delegation arrived in Damascus (IRNA, November 6).\n\n► A delegation  arrived in\nDamascus (IRNA, November 6).\n";
        Assert.That(ReportFindings("SPT023", text).Select(f => (f.Line, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)15, "syria-2", "item appears twice: same text as syria-1") }));
    }

    [TestCase("November 10", null)]
    [TestCase("November 18", null)]
    [TestCase("November 19", "2021-11-19 is after the period's end, 2021-11-18")]
    [TestCase("November 3, 2020", "2020-11-03 is more than a year before the period's start, 2021-11-04")]
    public void SPT016_reads_a_period_written_end_first_as_the_same_days(string date, string? detail)
    {
        string text = "Spotlight on Iran\n\nNovember 18, 2021 – November 4, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
            + "► Iran sent aid to Syria (IRNA, November 6).\n\nIranian Involvement in Syria\n\n"
            + $"► A delegation arrived in Damascus (IRNA, {date}).\n";
        var findings = ReportFindings("SPT016", text).Select(f => (f.Line, f.Message));
        Assert.That(findings, detail is null ? Is.Empty
            : Is.EqualTo(new[] { ((int?)13, "cited date lies outside the report's period: " + detail) }));
    }

    [Test]
    public void SPT019_names_a_control_character_that_opens_a_line()
    {
        string text = Header + "► A delegation arrived in Damascus (IRNA, November 6).\n\u0007\n";
        Assert.That(ReportFindings("SPT019", text).Select(f => (f.Line, f.Column, f.Message)),
            Is.EqualTo(new[] { ((int?)14, (int?)1, "control character in the text: U+0007") }));
    }

    [TestCase("3", "page furniture inside a paragraph: “3” between lines of syria-1")]
    [TestCase("045-17      3", "page furniture inside a paragraph: “045-17 3” between lines of syria-1")]
    public void SPT026_names_the_line_set_aside_and_the_paragraph_it_stood_in(string furniture, string message)
    {
        string item = $"► A delegation arrived in Damascus and agreed to resume the pilgrimages of\n{furniture}\nIranian citizens to Syria (IRNA, November 6).";
        Assert.That(Findings("SPT026", item).Select(f => (f.Line, f.Column, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)14, (int?)1, "syria-1", message) }));
    }

    [Test]
    public void SPT026_names_the_title_written_again_inside_a_paragraph()
    {
        string item = "► A delegation arrived in Damascus and agreed to resume the pilgrimages of\n\nSpotlight on Iran\n\nthe Iranian citizens to Syria (IRNA, November 6).";
        Assert.That(Findings("SPT026", item).Select(f => (f.Line, f.Column, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)15, (int?)1, "syria-1", "page furniture inside a paragraph: “Spotlight on Iran” between lines of syria-1") }));
    }

    [Test]
    public void SPT026_is_quiet_on_furniture_between_paragraphs()
    {
        string items = "► A delegation arrived in Damascus (IRNA, November 6).\n\nSpotlight on Iran\n\n► It left (IRNA, November 8).\n\n3\n\n"
            + "► It came back (IRNA, November 9).";
        var tree = ReportPipeline.Parse(Encoding.UTF8.GetBytes(Header + items + "\n"), "report.txt", new PlainTextReader());
        Assert.That(tree.Report.Furniture!.Value.Select(f => (f.Kind, f.Lines.First)),
            Is.EqualTo(new[] { (FurnitureKind.RunningHeader, 15), (FurnitureKind.PageNumber, 19) }));
        Assert.That(Findings("SPT026", items), Is.Empty);
    }

    [Test]
    public void SPT027_counts_the_copies_of_a_caption()
    {
        const string caption = "The delegation at the airport in Damascus. (IRNA, November 6)";
        string item = "► A delegation arrived in Damascus (IRNA, November 6).\n\n" + string.Join("\n\n", Enumerable.Repeat(caption, 4));
        Assert.That(Findings("SPT027", item).Select(f => (f.Line, f.Column, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)15, (int?)1, "syria-fig-1", "caption written more than twice: 4 copies, read as one figure") }));
        string twice = "► A delegation arrived in Damascus (IRNA, November 6).\n\n" + string.Join("\n\n", Enumerable.Repeat(caption, 2));
        Assert.That(Findings("SPT027", twice), Is.Empty);
    }

    [Test]
    public void SPT012_names_numbers_as_one_kind_when_they_come_first()
    {
        string text = Header.Replace("► Iran sent aid", "1. Iran sent aid") + "• A delegation arrived in Damascus (IRNA, November 6).\n";
        Assert.That(ReportFindings("SPT012", text).Select(f => (f.Line, f.Column, f.ItemId, f.Message)),
            Is.EqualTo(new[] { ((int?)13, (int?)1, "syria-1", "bullet glyphs are mixed: '•' after '1.'") }));
    }

    [Test]
    public void SPT012_takes_no_glyph_from_a_paragraph_without_one()
    {
        string text = Header + "The delegation arrived in Damascus on Monday (IRNA, November 6).\n\n► It left for Tehran (IRNA, November 8).\n";
        Assert.That(RuleTests.Validate(text).Select(f => f.Code), Does.Not.Contain("SPT012"));
    }

    [Test]
    public void SPT011_and_SPT009_read_a_report_whose_summary_has_no_label()
    {
        string text = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\n\n"
            + "► Iran sent aid to Syria (IRNA, November 6).\n\nIranian Involvement in Syria\n\n► A delegation arrived in Damascus (IRNA, November 6).\n\n"
            + "Iranian Involvement in Syria\n\n► The delegation left (IRNA, November 8).\n";
        var findings = RuleTests.Validate(text).Where(f => f.Code is "SPT011" or "SPT009").Select(f => (f.Code, f.Line, f.Message));
        Assert.That(findings, Is.EqualTo(new[] { ("SPT011", (int?)14, "heading appears twice: 'Iranian Involvement in Syria', first on line 10") }));
    }

    [Test]
    public void SPT014_leaves_a_caption_alone()
    {
        const string caption = "The reconstruc- tion of the shrine in Damascus. (IRNA, November 6)";
        string item = "► A delegation arrived in Damascus (IRNA, November 6).\n\n" + caption + "\n\n" + caption;
        var tree = ReportPipeline.Parse(Encoding.UTF8.GetBytes(Header + item + "\n"), "report.txt", new PlainTextReader());
        Assert.That(tree.Report.Sections.Single(s => s.Id == "syria").Figures.Select(f => f.Caption), Is.EqualTo(new[] { caption }));
        Assert.That(Findings("SPT014", item), Is.Empty);
    }
}
