using Spotlight.Tests.Parsing;

namespace Spotlight.Tests.Validation;

/// <summary>Findings are placed from where the parser read the text, never by searching the line for it.</summary>
public sealed class FindingPositionTests
{
    [Test]
    public void The_same_citation_twice_on_a_line_is_reported_at_each_of_its_columns()
    {
        const string line = "► Tehran denied it (Fars November 15) and then confirmed it (Fars November 15).";
        var findings = RuleTests.Validate(ParseHelper.Header + "Syria\n\n" + line + "\n").Where(f => f.Code == "SPT015").ToList();
        int first = line.IndexOf("(Fars", StringComparison.Ordinal) + 1, second = line.LastIndexOf("(Fars", StringComparison.Ordinal) + 1;
        Assert.That((first, second), Is.EqualTo((20, 61)));
        Assert.That(findings.Select(f => (f.Line, f.Column)), Is.EqualTo(new (int?, int?)[] { (10, first), (10, second) }));
    }

    [Test]
    public void A_citation_after_a_hyphen_repair_is_placed_on_the_line_it_was_read_from()
    {
        const string text = "Syria\n\n► Iranian officials met their coun-\n   terpart in Damascus (Fars November 15).\n";
        var finding = RuleTests.Validate(ParseHelper.Header + text).Single(f => f.Code == "SPT015");
        // Line 11 is indented by three: "terpart in Damascus " runs from column 4, so the citation opens at column 24.
        Assert.That((finding.Line, finding.Column), Is.EqualTo(((int?)11, (int?)24)));
    }

    [Test]
    public void A_citation_that_runs_over_a_line_end_is_placed_where_it_opens()
    {
        // The citation as joined ("(Fars November 15)") is on no line as written, so a search of the line found nothing.
        const string text = "Syria\n\n► Iranian officials met their counterparts in Damascus (Fars\nNovember 15) and Beirut.\n";
        var finding = RuleTests.Validate(ParseHelper.Header + text).Single(f => f.Code == "SPT015");
        Assert.That((finding.Line, finding.Column), Is.EqualTo(((int?)10, (int?)56)));
    }

    [TestCase("Syria\n\n► One item (Fars, November 5).\n\n   • Another (IRNA, November 6).\n")]
    [TestCase("Syria\n\n► One item (Fars, November 5).\n\n   • Another (IRNA, November 6).\n\n► A third (IRNA, November 7).\n")]
    public void A_mixed_marker_is_placed_after_the_indent_of_its_line(string text)
    {
        var finding = RuleTests.Validate(ParseHelper.Header + text).Single(f => f.Code == "SPT012");
        Assert.That((finding.Line, finding.Column, finding.ItemId), Is.EqualTo(((int?)12, (int?)4, "syria-2")));
    }

    [Test]
    public void A_period_is_placed_where_it_starts_on_its_line()
    {
        var finding = RuleTests.Validate("Spotlight on Iran – November 18, 2021 – November 4, 2021\n\nAuthor: Dr. Raz Zimmt\n\n\nSyria\n\n► Item (Fars, November 5).\n")
            .Single(f => f.Code == "SPT003");
        Assert.That((finding.Line, finding.Column), Is.EqualTo(((int?)1, (int?)21)));
    }
}
