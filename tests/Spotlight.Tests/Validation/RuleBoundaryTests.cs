using Spotlight.Diagnostics;

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
}
