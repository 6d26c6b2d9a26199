using Spotlight.Fuzz;

namespace Spotlight.Tests.Fuzzing;

/// <summary>
/// Every input the fuzzer found a failure with, kept in Data/fuzz/TARGET/ and run through the fuzzing target
/// itself: for a reader, read, parse, tree invariants, validation, every writer; for yaml, list and pdf-struct,
/// what their targets do with the bytes (see tests/Spotlight.Fuzz/Targets).
/// </summary>
public class FuzzFindingTests
{
    public static IEnumerable<TestCaseData> Findings() =>
        Directory.EnumerateFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Data", "fuzz"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetFileName(Path.GetDirectoryName(path)!), path)
                .SetArgDisplayNames($"{Path.GetFileName(Path.GetDirectoryName(path))}/{Path.GetFileName(path)}"));

    [TestCaseSource(nameof(Findings))]
    public void A_finding_of_the_fuzzer_runs_through_the_target(string target, string path)
    {
        Assert.That(() => Target.For(target).Run(File.ReadAllBytes(path)), Throws.Nothing);
    }

    [Test]
    public void Every_target_but_html_has_findings_kept()
    {
        Assert.That(Findings().Select(f => (string)f.Arguments[0]!).Distinct(), Is.SupersetOf(new[] { "text", "pdf", "yaml", "list", "pdf-struct" }));
    }
}
