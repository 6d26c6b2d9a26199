using System.Text;
using Spotlight.Tests.Parsing;
using Spotlight.Writing;

namespace Spotlight.Tests.Samples;

/// <summary>
/// Every sample report must parse to the JSON kept beside it in samples/expected/.
/// Regenerate those on purpose with samples/regenerate-expected.sh, and read the diff.
/// </summary>
public sealed class SampleTests
{
    public static IEnumerable<string> SampleNames() =>
        Directory.EnumerateFiles(TestFiles.Samples, "*.txt").Select(Path.GetFileName).Order()!;

    [Test]
    public void There_are_samples_each_with_an_expected_file()
    {
        var names = SampleNames().ToList();
        Assert.That(names, Has.Count.GreaterThanOrEqualTo(5));
        foreach (var name in names)
            Assert.That(File.Exists(ExpectedPath(name)), Is.True, $"no expected JSON for {name}");
    }

    [TestCaseSource(nameof(SampleNames))]
    public void Sample_matches_its_expected_json(string name)
    {
        // The path is written into the tree as given: name it as the regeneration script does.
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.Samples, name));
        var document = Spotlight.ReportPipeline.Parse(bytes, $"samples/{name}", new Spotlight.Reading.PlainTextReader());
        using var output = new MemoryStream();
        new JsonReportWriter().Write(document, output);

        Assert.That(Encoding.UTF8.GetString(output.ToArray()), Is.EqualTo(File.ReadAllText(ExpectedPath(name))));
    }

    private static string ExpectedPath(string name) =>
        Path.Combine(TestFiles.Samples, "expected", Path.ChangeExtension(name, ".json"));
}
