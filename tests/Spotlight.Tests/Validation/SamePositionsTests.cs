using Spotlight.Diagnostics;
using Spotlight.Parsing;
using Spotlight.Vocabulary;
using System.Text;
using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Validation;

namespace Spotlight.Tests.Validation;

/// <summary>
/// What the parse finds, validate reports as found: same code, line, column and message, for every sample in
/// every format, the seed, every example of docs/rules.md and inputs damaged byte by byte.
/// </summary>
public sealed class SamePositionsTests
{
    public static IEnumerable<TestCaseData> Inputs()
    {
        var files = new[] { "*.txt", "*.html", "*.pdf" }
            .SelectMany(pattern => Directory.GetFiles(TestFiles.Samples, pattern))
            .Append(TestFiles.SeedPath)
            .Order(StringComparer.Ordinal);
        foreach (string path in files)
            yield return new TestCaseData(Path.GetFileName(path), File.ReadAllBytes(path)).SetName($"{{m}}({Path.GetFileName(path)})");
        foreach (var (id, (failing, passing)) in RuleExamples.All.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            yield return new TestCaseData($"{id}-failing.txt", Encoding.UTF8.GetBytes(failing)).SetName($"{{m}}({id} failing)");
            yield return new TestCaseData($"{id}-passing.txt", Encoding.UTF8.GetBytes(passing)).SetName($"{{m}}({id} passing)");
        }
        byte[] report = Encoding.UTF8.GetBytes(RuleExamples.All["SPT008"].Passing);
        yield return new TestCaseData("invalid-utf8.txt", Replace(report, "Damascus", [0x44, 0xFF, 0x6D])).SetName("{m}(invalid UTF-8)");
        yield return new TestCaseData("latin.txt", Encoding.Latin1.GetBytes(RuleExamples.All["SPT008"].Passing.Replace("►", "-").Replace("–", "-")
            .Replace("Damascus", "Damas\u00e9us"))).SetName("{m}(Windows-1252)");
        yield return new TestCaseData("misread.txt", Encoding.UTF8.GetBytes(RuleExamples.All["SPT008"].Passing.Replace("Iran sent", "Iranâ€™s envoy sent")))
            .SetName("{m}(UTF-8 misread)");
    }

    private static byte[] Replace(byte[] bytes, string what, byte[] with)
    {
        int at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(what));
        return [.. bytes[..at], .. with, .. bytes[(at + what.Length)..]];
    }

    [TestCaseSource(nameof(Inputs))]
    public void Every_finding_of_the_parse_is_reported_by_validate_where_the_parse_put_it(string name, byte[] bytes)
    {
        var parsed = ReportPipeline.ParseWithSource(bytes, name, ReportReaders.Detect(bytes, name), ProfileChoice.BuiltIn);
        var findings = Validator.Validate(parsed, ValidationConfig.Default);
        var reported = findings.Select(Key).ToList();
        foreach (var diagnostic in parsed.Tree.Diagnostics)
        {
            Assert.That(reported, Does.Contain(Key(diagnostic)));
            reported.Remove(Key(diagnostic));
        }
        Assert.That(findings.Where(f => DiagnosticCatalog.TryFind(f.Code, out var d) && DiagnosticCatalog.IsFromParse(d)).Select(Key),
            Is.EquivalentTo(parsed.Tree.Diagnostics.Select(Key)), "validate finds nothing the parse did not");
    }

    [Test]
    public void The_inputs_hold_findings_of_the_parse_of_every_kind_but_HTML_nesting()
    {
        var codes = Inputs().SelectMany(input =>
        {
            string name = (string)input.Arguments[0]!;
            byte[] bytes = (byte[])input.Arguments[1]!;
            return ReportPipeline.Parse(bytes, name, ReportReaders.Detect(bytes, name)).Diagnostics.Select(d => d.Code);
        }).ToHashSet();
        Assert.That(codes, Is.EquivalentTo(DiagnosticRegistry.All.Where(d => d != DiagnosticRegistry.NestingFlattened).Select(d => d.Code)));
    }

    private static (string, int?, int?, string) Key(Diagnostic d) => (d.Code, d.Line, d.Column, d.Message);
}
