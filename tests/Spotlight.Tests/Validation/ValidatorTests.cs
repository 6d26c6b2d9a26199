namespace Spotlight.Tests.Validation;

/// <summary>Findings come in line order, then column, then ID, whichever rule or the parse found them.</summary>
public sealed class ValidatorTests
{
    private const string Header = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
        + "► Iran sent aid to Syria (IRNA, November 6).\n\nIranian Involvement in Syria\n\n";

    [Test]
    public void Findings_at_one_place_come_in_ID_order()
    {
        // One item that opens in lower case, cites nothing and stops short: three rules, one line, one column.
        var findings = RuleTests.Validate(Header + "► the delegation arrived in Damascus\n");
        Assert.That(findings.Select(f => (f.Line, f.Column, f.Code)), Is.EqualTo(new (int?, int?, string)[]
        {
            (13, 1, "SPT008"), (13, 1, "SPT013"), (13, 1, "SPT014"),
        }));
    }

    [Test]
    public void Findings_of_the_parse_and_of_the_rules_are_merged_in_line_order()
    {
        // The parse finds no author (SPT004) and a date cited without a source (SPT022); the rules find a period too
        // long (SPT007), a citation without a comma and one without a source (SPT015), and an item citing none (SPT008).
        string text = Header.Replace("Author: Dr. Raz Zimmt\n\n", "").Replace("November 18, 2021", "December 18, 2021")
            + "► A delegation arrived in Damascus (Fars November 6).\n\n► It left (, November 8).\n";
        Assert.That(RuleTests.Validate(text).Select(f => (f.Line, f.Column, f.Code)), Is.EqualTo(new (int?, int?, string)[]
        {
            (3, 1, "SPT004"), (3, 1, "SPT007"), (11, 36, "SPT015"), (13, 1, "SPT008"), (13, 1, "SPT022"), (13, 11, "SPT015"),
        }));
    }
}
