using Spotlight.Tests.Reading;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>
/// Each hostile PDF of <see cref="HostilePdfTests"/> first in a batch: the program says why in one line and
/// still converts and checks the good file after it.
/// </summary>
public sealed class HostilePdfBatchTests
{
    public static IEnumerable<TestCaseData> Cases() => HostilePdfTests.Cases();

    [TestCaseSource(nameof(Cases))]
    public void Spoils_no_batch(string name, string reason)
    {
        string dir = Directory.CreateTempSubdirectory("spotlight-hostile-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "hostile.pdf"), HostilePdfTests.Make(name));
            File.Copy(Path.Combine(TestFiles.Samples, "002_new_year_topics.pdf"), Path.Combine(dir, "good.pdf"));

            var parse = CliRunner.Run(dir, "parse", "hostile.pdf", "good.pdf", "-f", "ndjson", "-q");
            Assert.That(parse.ExitCode, Is.EqualTo(1), parse.Stderr);
            Assert.That(parse.Stderr, Is.EqualTo($"spotlight: hostile.pdf: {reason}").Or.StartsWith($"spotlight: hostile.pdf: {reason}"));
            Assert.That(parse.Stderr.TrimEnd('\n'), Does.Not.Contain('\n'), "one line, no stack trace");
            Assert.That(parse.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
            Assert.That(parse.Stdout, Does.Contain("\"format\":\"pdf\""));

            var validate = CliRunner.Run(dir, "validate", "hostile.pdf", "good.pdf", "-q");
            Assert.That(validate.ExitCode, Is.EqualTo(1), validate.Stderr);
            Assert.That(validate.Stderr, Does.StartWith($"spotlight: hostile.pdf: {reason}"));
            Assert.That(validate.Stderr.TrimEnd('\n'), Does.Not.Contain('\n'), "one line, no stack trace");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
