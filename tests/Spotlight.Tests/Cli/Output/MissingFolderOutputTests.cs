namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// An output whose folder does not exist is one line naming the path as the user gave it, never the hidden temporary
/// file the write went through, and nothing is left behind.
/// </summary>
public sealed class MissingFolderOutputTests : HostileDir
{
    [TestCase("nodir/out.json", "parse", "r.txt")]
    [TestCase("nodir/out.sarif", "validate", "r.txt")]
    [TestCase("nodir/schema.json", "schema")]
    [TestCase("no/such/dir/out.yaml", "parse", "r.txt")]
    public void Writing_into_a_missing_folder_names_the_output_as_given(string output, params string[] args)
    {
        var result = Run([.. args, "-o", output]);
        string folder = Path.GetDirectoryName(output)!;
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { $"spotlight: {output}: cannot write (no such directory: {folder})" }));
        Assert.That(result.Stderr, Does.Not.Contain(".tmp").And.Not.Contain(Dir));
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((1, "")));
        Assert.That(Directory.GetFileSystemEntries(Dir), Is.EqualTo(new[] { Path.Combine(Dir, "r.txt") }));
    }

    [Test]
    public void A_path_through_a_file_is_a_missing_folder_too()
    {
        var result = Run("parse", "r.txt", "-o", "r.txt/out.json");
        Assert.That(Lines(result.Stderr), Is.EqualTo(new[] { "spotlight: r.txt/out.json: cannot write (no such directory: r.txt)" }));
        Assert.That(result.ExitCode, Is.EqualTo(1));
    }
}
