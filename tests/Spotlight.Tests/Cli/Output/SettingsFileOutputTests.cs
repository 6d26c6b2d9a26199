using Spotlight.Tests.Cli;

namespace Spotlight.Tests.Cli.Output;

/// <summary>
/// An output is compared with every file the run reads, inputs and settings alike (@LIST files, --outlets, --config,
/// a .spotlight.yml found beside an input), by device and inode as well as by path: whatever way it is reached, such a
/// file is never replaced, and the run stops with exit code 2 before anything is written.
/// </summary>
[NonParallelizable]
public sealed class SettingsFileOutputTests
{
    private HostileFolder _folder = null!;

    [SetUp]
    public void Make() => _folder = new HostileFolder();

    [TearDown]
    public void Remove() => _folder.Dispose();

    private void AssertRefused(CliRunner.Result result, string message, List<string> before, params string[] untouched)
    {
        Assert.That((result.ExitCode, result.Stdout), Is.EqualTo((2, "")), result.Stderr);
        Assert.That(result.Stderr, Is.EqualTo($"spotlight: {message}; nothing was written" + Environment.NewLine));
        Assert.That(_folder.Entries(), Is.EqualTo(before));
        foreach (string file in untouched)
            Assert.That(File.GetLastWriteTimeUtc(_folder.PathOf(file)), Is.EqualTo(HostileFolder.Untouched), file);
    }

    [Test]
    public void An_input_reached_through_a_bind_mount_is_not_replaced()
    {
        Assume.That(OperatingSystem.IsLinux(), "bind mounts are Linux's");
        Directory.CreateDirectory(_folder.PathOf("src"));
        Directory.CreateDirectory(_folder.PathOf("mnt"));
        File.Move(_folder.PathOf("a.txt"), _folder.PathOf("src/in.txt"));
        var (code, output) = HostileFolder.Tool("mount", "--bind", _folder.PathOf("src"), _folder.PathOf("mnt"));
        Assume.That(code, Is.Zero, $"mount --bind is not allowed here (it needs root): {output}");
        try
        {
            var before = _folder.Entries();
            AssertRefused(_folder.Run("parse", "src/in.txt", "-o", "mnt/in.txt"), "mnt/in.txt: would replace the input src/in.txt", before, "src/in.txt");
            Assert.That(File.ReadAllBytes(_folder.PathOf("src/in.txt")), Is.EqualTo(File.ReadAllBytes(TestFiles.SeedPath)));

            // Under --output-dir too: an input named like its own output, reached through the mount.
            File.Copy(TestFiles.SeedPath, _folder.PathOf("src/b.json"));
            File.SetLastWriteTimeUtc(_folder.PathOf("src/b.json"), HostileFolder.Untouched);
            before = _folder.Entries();
            AssertRefused(_folder.Run("parse", "src/b.json", "--from", "text", "--output-dir", "mnt", "--force"),
                "mnt/b.json: the output of src/b.json would replace the input src/b.json", before, "src/b.json");
        }
        finally
        {
            HostileFolder.Tool("umount", _folder.PathOf("mnt"));
        }
    }

    [Test]
    public void A_list_file_is_not_replaced()
    {
        _folder.Write("list.txt", "a.txt\n");
        var before = _folder.Entries();
        AssertRefused(_folder.Run("parse", "@list.txt", "-o", "list.txt"), "list.txt: would replace the list list.txt", before, "list.txt");
        AssertRefused(_folder.Run("validate", "@list.txt", "-o", "./list.txt"), "./list.txt: would replace the list list.txt", before, "list.txt");
    }

    [Test]
    public void A_list_file_named_like_an_output_under_output_dir_is_not_replaced()
    {
        _folder.Write("out/a.json", "a.txt\n");
        var before = _folder.Entries();
        AssertRefused(_folder.Run("parse", "@out/a.json", "--output-dir", "out", "--force"),
            "out/a.json: the output of a.txt would replace the list out/a.json", before, "out/a.json");
    }

    [Test]
    public void An_outlet_file_is_not_replaced()
    {
        _folder.Write("o.yml", "Modara Online: [Modara]\n");
        var before = _folder.Entries();
        AssertRefused(_folder.Run("parse", "a.txt", "--outlets", "o.yml", "-o", "o.yml"), "o.yml: would replace the outlet file o.yml", before, "o.yml");
    }

    [Test]
    public void A_configuration_named_by_config_is_not_replaced()
    {
        _folder.Write("c.yml", "rules:\n  SPT008: off\n");
        var before = _folder.Entries();
        AssertRefused(_folder.Run("validate", "a.txt", "--config", "c.yml", "-o", "c.yml"), "c.yml: would replace the configuration c.yml", before, "c.yml");
    }

    [Test]
    public void A_configuration_found_beside_an_input_is_not_replaced()
    {
        _folder.Write(".spotlight.yml", "rules:\n  SPT008: off\n");
        var before = _folder.Entries();
        AssertRefused(_folder.Run("validate", "a.txt", "-o", ".spotlight.yml"),
            $".spotlight.yml: would replace the configuration {_folder.PathOf(".spotlight.yml")}", before, ".spotlight.yml");
    }
}
