using Spotlight.Diagnostics;
using Spotlight.Validation;

namespace Spotlight.Tests.Validation;

/// <summary>
/// Findings put in line order without all of them held (<see cref="FindingsInOrder"/>): written in sorted runs to a
/// temporary file and merged, they come out in the order a stable sort of them all gives, every field as it went in,
/// as often as they are read; and the file is named by no folder.
/// </summary>
public sealed class FindingsInOrderTests
{
    private static readonly string[] Codes = ["SPT008", "SPT011", "SPT023"];

    /// <summary>Findings with many at one line, column and code, some without a line, an item or an origin.</summary>
    private static List<(Diagnostic Finding, int Group)> Findings(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => (new Diagnostic(
                Codes[random.Next(Codes.Length)],
                (DiagnosticSeverity)random.Next(3),
                $"finding {i}: ünïcode and a quote ' \" \n on two lines",
                random.Next(10) == 0 ? null : random.Next(1, 40),
                random.Next(10) == 0 ? null : random.Next(1, 4),
                random.Next(3) == 0 ? null : $"syria-{i}")
            {
                Origin = random.Next(3) switch { 0 => null, 1 => new InputPosition(null, i, 5), _ => new InputPosition(random.Next(1, 9), i, 1) },
            }, random.Next(3)))];
    }

    private static FindingsInOrder Sorted(IEnumerable<(Diagnostic Finding, int Group)> findings, int runLength)
    {
        var sorted = new FindingsInOrder(runLength);
        foreach (var (finding, group) in findings)
            sorted.Add(finding, group);
        return sorted;
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(1_000)]
    [TestCase(FindingsInOrder.RunLength)]
    public void Runs_merged_give_the_order_of_a_stable_sort_of_them_all(int runLength)
    {
        var findings = Findings(2_500, seed: runLength);
        var expected = findings
            .OrderBy(f => f.Finding.Line ?? 0).ThenBy(f => f.Finding.Column ?? 0).ThenBy(f => f.Finding.Code, StringComparer.Ordinal).ThenBy(f => f.Group)
            .Select(f => f.Finding).ToList();
        using var sorted = Sorted(findings, runLength);
        Assert.That(sorted.RunsWritten, Is.EqualTo(runLength >= 2_500 ? 0 : 2_500 / runLength));
        Assert.That(sorted.Count, Is.EqualTo(2_500));
        // Record equality: every field read back from the file as it went in.
        Assert.That(sorted.ToList(), Is.EqualTo(expected));
        Assert.That(sorted.ToList(), Is.EqualTo(expected), "read again");
    }

    [Test]
    public void Of_findings_at_one_place_the_lower_group_comes_first_then_the_first_found()
    {
        var late = new Diagnostic("SPT011", DiagnosticSeverity.Warning, "rule", 3, 1, null);
        var parse = late with { Message = "parse" };
        var second = late with { Message = "rule, second" };
        using var sorted = Sorted([(late, 1), (second, 1), (parse, 0)], runLength: 1);
        Assert.That(sorted.Select(f => f.Message), Is.EqualTo(new[] { "parse", "rule", "rule, second" }));
    }

    [Test]
    public void The_file_of_the_runs_is_named_by_no_folder()
    {
        using var sorted = Sorted(Findings(100, seed: 1), runLength: 10);
        Assert.That(sorted.RunsWritten, Is.EqualTo(10));
        Assert.That(Directory.GetFiles(Path.GetTempPath(), "spotlight-findings-*"), Is.Empty);
        Assert.That(sorted.Count(), Is.EqualTo(100));
    }

    [Test]
    public void A_finding_added_once_they_are_read_is_refused()
    {
        using var sorted = Sorted(Findings(3, seed: 2), runLength: 2);
        _ = sorted.ToList();
        Assert.That(() => sorted.Add(Findings(1, seed: 3)[0].Finding), Throws.InvalidOperationException);
    }
}
