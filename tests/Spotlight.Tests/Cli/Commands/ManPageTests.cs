using System.Reflection;
using Spotlight.Cli;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>docs/spotlight.1 is what <c>spotlight man</c> prints from the program's definitions; SPOTLIGHT_WRITE_DOCS=1 rewrites it.</summary>
public sealed class ManPageTests
{
    private static string ManPath => Path.Combine(TestFiles.RepositoryRoot, "docs", "spotlight.1");

    [Test]
    public void The_man_page_in_docs_is_the_one_the_program_writes()
    {
        var result = CliRunner.Run(TestFiles.RepositoryRoot, "man");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        string text = File.Exists(ManPath) ? File.ReadAllText(ManPath) : "";
        if (text != result.Stdout && Environment.GetEnvironmentVariable("SPOTLIGHT_WRITE_DOCS") == "1")
        {
            File.WriteAllText(ManPath, result.Stdout);
            text = result.Stdout;
        }
        var differing = text.Split('\n').Except(result.Stdout.Split('\n'));
        Assert.That(differing, Is.Empty, "docs/spotlight.1 differs from `spotlight man` (SPOTLIGHT_WRITE_DOCS=1 rewrites it)");
        Assert.That(text, Is.EqualTo(result.Stdout), "docs/spotlight.1 differs from `spotlight man` (SPOTLIGHT_WRITE_DOCS=1 rewrites it)");
    }

    [Test]
    public void The_man_page_lists_every_command_option_and_exit_code()
    {
        string page = CliRunner.Run(TestFiles.RepositoryRoot, "man").Stdout;
        foreach (string heading in new[] { ".SS \"spotlight parse\"", ".SS \"spotlight validate\"", ".SS \"spotlight timeline\"", ".SS \"spotlight schema\"", ".SS \"spotlight completions\"" })
            Assert.That(page, Does.Contain(heading));
        Assert.That(page, Does.Not.Contain(".SS \"spotlight man\"").And.Not.Contain(".B spotlight man\n"));
        foreach (string option in new[] { "output\\-dir", "no\\-sanitize", "max\\-warnings", "max\\-bytes", "fail\\-fast", "from\\-format", "region", "timeline", "version" })
            Assert.That(page, Does.Contain($"\\fB\\-\\-{option}\\fR"));
        foreach (int code in new[] { 0, 1, 2, 130, 143 })
            Assert.That(page, Does.Contain($".TP\n.B {code}\n"));
    }

    [Test]
    public void Every_exit_code_has_its_meaning_for_the_man_page()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral).Select(field => (int)field.GetRawConstantValue()!).Order();
        Assert.That(ExitCodes.Meanings.Select(meaning => meaning.Code), Is.EqualTo(codes));
        Assert.That(ExitCodes.Meanings.Select(meaning => meaning.Meaning), Has.All.Length.GreaterThan(20));
    }

    [Test]
    public void Man_renders_the_page_without_warnings()
    {
        var start = new System.Diagnostics.ProcessStartInfo("groff") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-man", "-Tutf8", "-ww", ManPath })
            start.ArgumentList.Add(argument);
        System.Diagnostics.Process? groff;
        try { groff = System.Diagnostics.Process.Start(start); }
        catch (System.ComponentModel.Win32Exception) { Assert.Ignore("groff is not installed"); return; }
        using var process = groff!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.That((process.ExitCode, error), Is.EqualTo((0, "")));
        Assert.That(output.Result, Does.Contain("Show version information"));
    }
}
