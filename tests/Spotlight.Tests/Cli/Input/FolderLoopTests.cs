using System.Text.Json.Nodes;

namespace Spotlight.Tests.Cli.Input;

/// <summary>
/// With --recursive, a folder reached twice (links to a folder above, two links to one folder) is entered once and
/// told once; a file named by a link beside it is parsed once.
/// </summary>
public sealed class FolderLoopTests : HostileDir
{
    private string Tree => Path.Combine(Dir, "tree");

    [SetUp]
    public void MakeTree()
    {
        Directory.CreateDirectory(Path.Combine(Tree, "sub"));
        File.Copy(TestFiles.SeedPath, Path.Combine(Tree, "a.txt"));
        File.Copy(TestFiles.SeedPath, Path.Combine(Tree, "sub", "b.txt"));
    }

    private static string[] Paths(string ndjson) =>
        ndjson.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!["input"]!["path"]!.GetValue<string>()).ToArray();

    [Test]
    public void Two_links_to_the_folder_itself_do_not_recurse()
    {
        File.CreateSymbolicLink(Path.Combine(Tree, "self1"), ".");
        File.CreateSymbolicLink(Path.Combine(Tree, "self2"), ".");
        File.CreateSymbolicLink(Path.Combine(Tree, "sub", "up"), "..");
        var result = Run("parse", "tree", "-r", "-f", "ndjson", "-q");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(Paths(result.Stdout), Is.EqualTo(new[] { "tree/a.txt", "tree/sub/b.txt" }));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[]
        {
            "spotlight: tree/self1: the folder tree again, by a link; read once",
            "spotlight: tree/self2: the folder tree again, by a link; read once",
            "spotlight: tree/sub/up: the folder tree again, by a link; read once",
        }));
    }

    [Test]
    public void A_link_to_a_folder_already_read_and_a_link_to_a_file_parse_nothing_twice()
    {
        File.CreateSymbolicLink(Path.Combine(Tree, "z-sub"), "sub");
        File.CreateSymbolicLink(Path.Combine(Tree, "c.txt"), "a.txt");
        var result = Run("parse", "tree", "-r", "-f", "ndjson", "-q");
        Assert.That(Paths(result.Stdout), Is.EqualTo(new[] { "tree/a.txt", "tree/sub/b.txt" }));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[]
        {
            "spotlight: tree/c.txt: the file tree/a.txt again, by a link; read once",
            "spotlight: tree/z-sub: the folder tree/sub again, by a link; read once",
        }));
        Assert.That(result.ExitCode, Is.Zero);
    }

    [Test]
    public void A_linked_folder_reached_once_is_read()
    {
        string outside = Directory.CreateDirectory(Path.Combine(Dir, "outside")).FullName;
        File.Copy(TestFiles.SeedPath, Path.Combine(outside, "o.txt"));
        File.CreateSymbolicLink(Path.Combine(Tree, "linked"), outside);
        var result = Run("parse", "tree", "-r", "-f", "ndjson", "-q");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(Paths(result.Stdout), Is.EqualTo(new[] { "tree/a.txt", "tree/linked/o.txt", "tree/sub/b.txt" }));
    }

    [Test]
    public void Validate_walks_folders_the_same_way()
    {
        File.CreateSymbolicLink(Path.Combine(Tree, "self"), ".");
        var result = Run("validate", "tree", "-r", "-q");
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: tree/self: the folder tree again, by a link; read once" }));
    }

    [Test]
    public void Dots_after_a_link_name_the_folder_that_is_read()
    {
        // .NET reads sub/up/.. as tree/sub, the folder holding the link, and the walk knows each folder as .NET
        // reads it: taking ".." after following the link, it met ever new folders on the way down, without end.
        File.CreateSymbolicLink(Path.Combine(Tree, "sub", "up"), "..");
        var result = Run("parse", "tree/sub/up/..", "-r", "-f", "ndjson", "-q");
        Assert.That(result.ExitCode, Is.Zero, result.Stderr);
        Assert.That(Paths(result.Stdout), Is.EqualTo(new[] { "tree/sub/up/../b.txt", "tree/sub/up/../up/a.txt" }));
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: tree/sub/up/../up/sub: the folder tree/sub/up/.. again, by a link; read once" }));
    }

    [Test]
    public void A_fifo_found_in_a_folder_fails_as_an_input_and_is_not_waited_on()
    {
        string fifo = MakeFifo("tree/pipe.txt");
        var result = Run("parse", "tree", "-r", "-f", "ndjson", "-q");
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[]
        {
            "spotlight: tree/pipe.txt: is a FIFO, not a regular file; only a file named as an input is read as a stream",
        }));
        Assert.That((result.ExitCode, Paths(result.Stdout)), Is.EqualTo((1, new[] { "tree/a.txt", "tree/sub/b.txt" })));
        Assert.That(File.Exists(fifo), Is.True);
    }
}
