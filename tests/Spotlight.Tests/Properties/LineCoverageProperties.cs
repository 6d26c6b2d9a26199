using Spotlight.Parsing;
using System.Text;
using CsCheck;
using Spotlight.Reading;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Nothing is lost silently: every non-blank line of the normalised text is in exactly one place of the tree
/// (LineCoverage), for the seed, every sample in every form, generated reports and pages, and mutants of the
/// text samples and the web pages. (How to replay a failure: PropertyCheck.cs.)
/// </summary>
public sealed class LineCoverageProperties
{
    private const int Cases = 150;

    private const int MutantsPerReport = 40;

    public static IEnumerable<string> Inputs() =>
        new[] { Path.Combine("seeds", TestFiles.SeedName) }.Concat(Directory.EnumerateFiles(TestFiles.Samples)
            .Where(p => Path.GetExtension(p) is ".txt" or ".html" or ".pdf").Order().Select(p => Path.Combine("samples", Path.GetFileName(p))));

    private static void Require(TreeWithSource parsed, Func<string> input)
    {
        var problems = LineCoverage.Problems(parsed.Tree.Report, parsed.Source);
        PropertyCheck.Require(problems.Count == 0, () => string.Join("\n", problems.Take(10)) + "\n" + input());
    }

    private static void Check(string text, IReportReader reader)
    {
        TreeWithSource parsed;
        try
        {
            parsed = ReportPipeline.ParseWithSource(Encoding.UTF8.GetBytes(text), "generated", reader, ProfileChoice.BuiltIn);
        }
        catch (ReportReadException)
        {
            return; // refused whole, with a reason: nothing is kept, and the user is told
        }
        Require(parsed, () => PropertyCheck.Literal(text, 3_000));
    }

    [TestCaseSource(nameof(Inputs))]
    public void Every_line_of_a_sample_is_in_one_place_of_its_tree(string path)
    {
        string full = Path.Combine(TestFiles.RepositoryRoot, path);
        byte[] bytes = File.ReadAllBytes(full);
        var parsed = ReportPipeline.ParseWithSource(bytes, path, ReportReaders.Detect(bytes, full), ProfileChoice.BuiltIn);
        var problems = LineCoverage.Problems(parsed.Tree.Report, parsed.Source);
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Every_line_of_a_generated_report_is_in_one_place_of_its_tree() =>
        PropertyCheck.Run(ReportTextGen.Text, text => Check(text, new PlainTextReader()), iter: Cases, print: t => PropertyCheck.Literal(t, 3_000));

    [Test]
    public void Every_line_of_a_generated_page_is_in_one_place_of_its_tree() =>
        PropertyCheck.Run(ReportTextGen.Html, html => Check(html, new HtmlReportReader()), iter: Cases / 2, print: t => PropertyCheck.Literal(t, 3_000));

    /// <summary>The inputs edited line by line: text and web pages (PDF twins are left to the byte-level properties).</summary>
    public static IEnumerable<string> EditableInputs() => Inputs().Where(p => Path.GetExtension(p) != ".pdf");

    [TestCaseSource(nameof(EditableInputs))]
    public void Every_line_of_a_mutant_is_in_one_place_of_its_tree(string path)
    {
        var extension = Path.GetExtension(path);
        string original = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, path)));
        IReportReader reader = extension == ".html" ? new HtmlReportReader() : new PlainTextReader();
        PropertyCheck.Run(Mutant.Of(path, original), m => Check(m.Text, reader), iter: MutantsPerReport, print: m => m.ToString());
    }

    /// <summary>The check finds a loss when there is one: a tree that drops a caption's copy, or claims a line twice.</summary>
    [Test]
    public void The_check_sees_a_lost_line_and_a_line_claimed_twice()
    {
        string text = Parsing.ParseHelper.Header + "Overview\n\n► Iran sent aid (IRNA, November 6).\n";
        var parsed = ReportPipeline.ParseWithSource(Encoding.UTF8.GetBytes(text), "t.txt", new PlainTextReader(), ProfileChoice.BuiltIn);
        var report = parsed.Tree.Report;
        Assert.That(LineCoverage.Problems(report, parsed.Source), Is.Empty);

        var summary = report.Sections[0];
        var lost = report with { Sections = [summary with { Items = [summary.Items[0] with { SourceLines = [] }] }] };
        Assert.That(LineCoverage.Problems(lost, parsed.Source), Is.EqualTo(new[] { "line 10 is in no part of the tree: \"► Iran sent aid (IRNA, November 6).\"" }));

        var twice = report with { Furniture = [new Model.Furniture(Model.FurnitureKind.PageNumber, "x", new Model.LineRange(10, 10))] };
        Assert.That(LineCoverage.Problems(twice, parsed.Source), Is.EqualTo(new[] { "line 10 is in overview-1 and furniture 1" }));
    }
}
