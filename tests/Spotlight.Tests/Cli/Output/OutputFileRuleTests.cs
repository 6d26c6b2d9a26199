using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// The rule for <c>-o FILE</c>: the file named is the output, so an existing regular file there is replaced, whole and at
/// once, without --force (which is for --output-dir, where a run writes files it does not name one by one); --help says so.
/// </summary>
public sealed class OutputFileRuleTests
{
    [Test]
    public void An_existing_file_named_by_o_is_replaced_without_force()
    {
        using var folder = new HostileFolder();
        File.WriteAllText(folder.PathOf("a.json"), "old");
        var result = folder.Run("parse", "a.txt", "-o", "a.json");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(JsonNode.Parse(File.ReadAllText(folder.PathOf("a.json")))!["stats"]!["items"]!.GetValue<int>(), Is.EqualTo(20));
        Assert.That(folder.Entries(), Is.EqualTo(new[] { "a.json", "a.txt" }));
    }

    [TestCase("parse")]
    [TestCase("validate")]
    public void Help_states_the_rule(string command)
    {
        using var folder = new HostileFolder();
        var help = folder.Run(command, "--help");
        Assert.That(help.ExitCode, Is.Zero);
        string text = string.Join(' ', help.Stdout.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.That(text, Does.Contain("An existing file is replaced, whole and at once; a device or pipe such as /dev/null is written in place."));
    }
}
