using Spotlight.Reading;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>
/// A folder holding one report in several formats (the repository's samples: 001 as HTML, PDF and text) converts
/// under --output-dir: the outputs that would share a name keep their input's extension, and stderr says so once.
/// </summary>
public sealed class MixedFolderTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeFolder() => _dir = Directory.CreateTempSubdirectory("spotlight-mixed-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static string[] Lines(string text) => text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private List<string> Written(string folder) =>
        Directory.GetFiles(Path.Combine(_dir, folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    [Test]
    public void The_repositorys_samples_folder_converts_with_names_that_keep_shared_extensions()
    {
        string output = Path.Combine(_dir, "out") + "/";
        var result = CliRunner.Run(TestFiles.RepositoryRoot, "parse", "samples/", "-o", output);

        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(Written("out"), Is.EqualTo(new[]
        {
            "001_bullets_highlights.html.json", "001_bullets_highlights.pdf.json", "001_bullets_highlights.txt.json",
            "002_new_year_topics.html.json", "002_new_year_topics.pdf.json", "002_new_year_topics.txt.json",
            "003_crlf_bom_no_label.json",
            "004_no_glyphs.html.json", "004_no_glyphs.pdf.json", "004_no_glyphs.txt.json",
            "005_nospace_repeat_captions.json", "006_day_first_numbered.json",
            "007_web_gallery_editor.html.json", "007_web_gallery_editor.txt.json",
            "008_pdf_n_bullets_footnote.pdf.json", "008_pdf_n_bullets_footnote.txt.json",
            "009_repost_site_text.html.json", "009_repost_site_text.txt.json",
            "010_plain_source_captions.pdf.json", "010_plain_source_captions.txt.json",
            "011_jihad_arena_dashes.json", "012_jihad_repost_pdf_breaks.json",
        }));
        // A text sample's tree is the one its expected file holds, whether or not its name kept the extension.
        foreach (var (written, expected) in new[] { ("001_bullets_highlights.txt.json", "001_bullets_highlights.json"), ("003_crlf_bom_no_label.json", "003_crlf_bom_no_label.json") })
            Assert.That(File.ReadAllBytes(Path.Combine(output, written)), Is.EqualTo(File.ReadAllBytes(Path.Combine(TestFiles.Samples, "expected", expected))), written);

        var stderr = Lines(result.Stderr);
        Assert.That(stderr[0], Is.EqualTo("spotlight: samples/001_bullets_highlights.html, samples/001_bullets_highlights.pdf, "
            + "samples/001_bullets_highlights.txt and 14 more share names; their outputs keep their extensions "
            + "(001_bullets_highlights.html.json, 001_bullets_highlights.pdf.json, 001_bullets_highlights.txt.json, …)"));
        Assert.That(stderr[1], Does.Match(@"^converted 22 files, 0 failed, \d+ KB in \d+\.\d s$"));
        Assert.That(stderr, Has.Length.EqualTo(2));
    }

    [Test]
    public void Only_the_inputs_that_share_a_name_keep_their_extension_and_quiet_keeps_the_notice_off_stderr()
    {
        string samples = Path.Combine(_dir, "in");
        Directory.CreateDirectory(samples);
        File.Copy(Path.Combine(TestFiles.Samples, "004_no_glyphs.html"), Path.Combine(samples, "x.html"));
        File.Copy(Path.Combine(TestFiles.Samples, "004_no_glyphs.txt"), Path.Combine(samples, "x.txt"));
        File.Copy(TestFiles.SeedPath, Path.Combine(samples, "y.txt"));

        var told = CliRunner.Run(_dir, "parse", "in", "--output-dir", "out", "-f", "yaml");
        Assert.That(told.ExitCode, Is.Zero, told.Stderr);
        Assert.That(Written("out"), Is.EqualTo(new[] { "x.html.yaml", "x.txt.yaml", "y.yaml" }));
        Assert.That(Lines(told.Stderr)[0], Is.EqualTo("spotlight: in/x.html and in/x.txt share a name; their outputs keep their extensions (x.html.yaml, x.txt.yaml)"));
        Assert.That(File.ReadAllText(Path.Combine(_dir, "out", "x.html.yaml")), Does.Contain("path: in/x.html"));

        var quiet = CliRunner.Run(_dir, "parse", "in", "--output-dir", "quiet", "-q");
        Assert.That((quiet.ExitCode, quiet.Stderr), Is.EqualTo((0, "")));
        Assert.That(Written("quiet"), Is.EqualTo(new[] { "x.html.json", "x.txt.json", "y.json" }));
    }

    [Test]
    public void Inputs_that_share_their_extension_too_still_stop_the_run()
    {
        foreach (string folder in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(_dir, folder));
            File.Copy(TestFiles.SeedPath, Path.Combine(_dir, folder, "r.txt"));
        }
        File.Copy(Path.Combine(TestFiles.Samples, "004_no_glyphs.html"), Path.Combine(_dir, "a", "r.html"));

        var result = CliRunner.Run(_dir, "parse", "a", "b/r.txt", "--output-dir", "out");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Stderr, Is.EqualTo("spotlight: a/r.txt and b/r.txt would both be written to out/r.json; nothing was written" + Environment.NewLine));
        Assert.That(Directory.Exists(Path.Combine(_dir, "out")), Is.False);
    }

    [Test]
    public void The_readme_names_every_extension_a_directory_gives()
    {
        string readme = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "README.md"));
        var sentence = System.Text.RegularExpressions.Regex.Match(readme, @"A directory gives (?<list>[^;]+) files;");
        Assert.That(sentence.Success, Is.True, "the README says what a directory gives");
        var named = System.Text.RegularExpressions.Regex.Matches(sentence.Groups["list"].Value, @"`(\.[a-z]+)`").Select(m => m.Groups[1].Value);
        Assert.That(named.Order(), Is.EqualTo(ReportReaders.Extensions.Order()));
    }

    [TestCase("parse")]
    [TestCase("validate")]
    public void Help_names_the_extensions_a_directory_gives(string command)
    {
        var result = CliRunner.Run(_dir, command, "--help");
        Assert.That(result.ExitCode, Is.Zero);
        string extensions = string.Join(", ", ReportReaders.Extensions.Order());
        Assert.That(extensions, Does.Contain(".html").And.Contain(".pdf").And.Contain(".txt"));
        Assert.That(result.Stdout.ReplaceLineEndings(" "), Does.Match(@"directories\s+\(their\s+" + string.Join(@",\s+", ReportReaders.Extensions.Order().Select(System.Text.RegularExpressions.Regex.Escape)) + @"\s+files\)"));
    }
}
