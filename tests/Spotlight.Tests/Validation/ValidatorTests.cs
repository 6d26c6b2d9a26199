using System.Text;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Validation;

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

/// <summary>
/// A report validated as it is read, each section checked and let go (what <c>validate</c> does), gets the findings
/// its whole tree gets, in the same order: every rule's failing and passing example, the seed, every sample, and
/// reports with furniture between the lines of an item, mixed glyphs and repeated headings and items.
/// </summary>
public sealed class ValidatedInPartsTests
{
    public static IEnumerable<TestCaseData> Inputs()
    {
        foreach (var (id, (failing, passing)) in RuleExamples.All)
        {
            yield return new TestCaseData(Encoding.UTF8.GetBytes(failing), "text").SetArgDisplayNames(id + " failing");
            yield return new TestCaseData(Encoding.UTF8.GetBytes(passing), "text").SetArgDisplayNames(id + " passing");
        }
        yield return new TestCaseData(File.ReadAllBytes(TestFiles.SeedPath), "text").SetArgDisplayNames("seed");
        foreach (string path in Directory.EnumerateFiles(TestFiles.Samples).Order())
        {
            string format = Path.GetExtension(path) switch { ".html" => "html", ".pdf" => "pdf", ".txt" => "text", _ => "" };
            if (format != "")
                yield return new TestCaseData(File.ReadAllBytes(path), format).SetArgDisplayNames(Path.GetFileName(path));
        }
        yield return new TestCaseData(Encoding.UTF8.GetBytes(ManyRules), "text").SetArgDisplayNames("many rules at once");
    }

    /// <summary>Headings and items written twice, glyphs mixed, a page line inside an item, a cut-off item, control characters.</summary>
    private const string ManyRules = "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n"
        + "► Iran sent aid to Syria (IRNA, November 6).\n\nIranian Involvement in Syria\n\n"
        + "► A delegation arrived in Damascus (Fars, November 6).\n\n• It met the\n\n- 3 -\n\nminister (Fars, November 7).\n\n"
        + "Iranian Involvement in Iraq\n\n► A delegation arrived in Damascus (Fars, November 6).\n\n► It\u000Cleft (Tasnim, November 30)\n\n"
        + "Iranian Involvement in Syria\n\n► the talks went on (SANA, Novembre 9).\n\n► The envoy said that\n";

    [TestCaseSource(nameof(Inputs))]
    public void Gets_the_findings_of_its_tree(byte[] bytes, string format)
    {
        var reader = ReportReaders.ForName(format);
        var tree = Validator.Validate(ReportPipeline.ParseWithSource(bytes, "report", reader, ProfileChoice.BuiltIn), ValidationConfig.Default);
        byte[] taken = [.. bytes];
        var parts = ReportPipeline.StreamWithSourceTaking(ref taken, "report", reader, ProfileChoice.BuiltIn);
        var inParts = Validator.Validate(parts.Parts, parts.Source, parts.Profile, ValidationConfig.Default);
        Assert.That(inParts, Is.EqualTo(tree));
    }

    [Test]
    public void The_example_of_many_rules_finds_what_it_is_written_for()
    {
        var findings = Validator.Validate(ReportPipeline.ParseWithSource(Encoding.UTF8.GetBytes(ManyRules), "report", new PlainTextReader(), ProfileChoice.BuiltIn),
            ValidationConfig.Default);
        Assert.That(findings.Select(f => f.Code).Distinct().Order(),
            Is.SupersetOf(new[] { "SPT008", "SPT011", "SPT012", "SPT013", "SPT014", "SPT015", "SPT016", "SPT019", "SPT023", "SPT026" }));
    }
}
