using System.Diagnostics;
using System.Text;

namespace Spotlight.Tests.Cli.Input;

/// <summary>
/// The files that steer a run (--outlets, --config, a .spotlight.yml found beside the inputs, @LIST): regular
/// files only, read up to a limit, and YAML held to a nesting depth and an alias budget; each refusal one line
/// naming the file and the reason, before any input is read.
/// </summary>
public sealed class SideFileTests : HostileDir
{
    private static readonly string[] Kinds = ["device", "fifo", "directory"];

    /// <summary>A path of each kind that is no regular file, and the reason it is refused with.</summary>
    private (string Path, string Reason) NotRegular(string kind) => kind switch
    {
        "device" => ("/dev/zero", "is a character device, not a regular file"),
        "fifo" => (MakeFifo("side.fifo"), "is a FIFO, not a regular file"),
        _ => (Directory.CreateDirectory(Path.Combine(Dir, "side.d")).FullName, "is a directory, not a regular file"),
    };

    [TestCaseSource(nameof(Kinds))]
    public void An_outlets_file_that_is_no_regular_file_is_refused(string kind)
    {
        Assume.That(OperatingSystem.IsLinux(), "Linux devices and FIFOs");
        var (path, reason) = NotRegular(kind);
        AssertUsageError(Run("parse", "r.txt", "--outlets", path), $"spotlight: {path}: {reason}");
    }

    [TestCaseSource(nameof(Kinds))]
    public void A_config_file_that_is_no_regular_file_is_refused(string kind)
    {
        Assume.That(OperatingSystem.IsLinux(), "Linux devices and FIFOs");
        var (path, reason) = NotRegular(kind);
        AssertUsageError(Run("validate", "r.txt", "--config", path), $"spotlight: {path}: {reason}");
    }

    [Test]
    public void A_found_spotlight_yml_that_is_a_fifo_is_refused_not_waited_on()
    {
        string fifo = MakeFifo(".spotlight.yml");
        AssertUsageError(Run("validate", "r.txt"), $"spotlight: {fifo}: is a FIFO, not a regular file");
    }

    [Test]
    public void A_found_spotlight_yml_that_is_a_directory_is_refused_not_passed_over()
    {
        string folder = Directory.CreateDirectory(Path.Combine(Dir, ".spotlight.yml")).FullName;
        AssertUsageError(Run("validate", "r.txt"), $"spotlight: {folder}: is a directory, not a regular file");
    }

    [TestCaseSource(nameof(Kinds))]
    public void A_list_that_is_no_regular_file_fails_as_an_input(string kind)
    {
        Assume.That(OperatingSystem.IsLinux(), "Linux devices and FIFOs");
        var (path, reason) = NotRegular(kind);
        var result = Run("parse", "@" + path, "r.txt", "-f", "ndjson", "-q");
        Assert.That(FirstLine(result.Stderr), Is.EqualTo($"spotlight: @{path}: list {reason}"));
        Assert.That((result.ExitCode, Lines(result.Stdout).Length), Is.EqualTo((1, 1)));
    }

    [Test]
    public void A_side_file_over_a_megabyte_is_refused_unread()
    {
        Write("outlets.yml", "Fars: [" + string.Join(", ", Enumerable.Range(0, 150_000).Select(i => $"F{i}")) + "]\n");
        Assert.That(new FileInfo(Path.Combine(Dir, "outlets.yml")).Length, Is.GreaterThan(1 << 20));
        AssertUsageError(Run("parse", "r.txt", "--outlets", "outlets.yml"), "spotlight: outlets.yml: larger than the limit of 1MiB for this file");
        Write("list.txt", new string('#', (1 << 20) + 1));
        var list = Run("parse", "@list.txt", "--max-bytes", "1MiB");
        Assert.That((list.ExitCode, FirstLine(list.Stderr)), Is.EqualTo((1, "spotlight: @list.txt: list larger than the limit of 1MiB for this file")));
    }

    [TestCase("parse", "--outlets")]
    [TestCase("validate", "--config")]
    public void Yaml_nested_80000_deep_is_refused_at_once(string command, string option)
    {
        Write("deep.yml", "rules: " + new string('[', 80_000) + new string(']', 80_000) + "\n");
        var clock = Stopwatch.StartNew();
        var result = Run(command, "r.txt", option, "deep.yml");
        AssertUsageError(result, "spotlight: deep.yml: line 1: nested deeper than 64 levels");
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(15)));
    }

    [TestCase("parse", "--outlets")]
    [TestCase("validate", "--config")]
    public void Yaml_aliases_fanned_out_are_refused_within_the_budget(string command, string option)
    {
        // 126 KB that took 553 MB: one list of 2,000 names, named again by 6,000 aliases.
        var yaml = new StringBuilder("big: &b [" + string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"n{i}")) + "]\n");
        for (int i = 0; i < 6_000; i++)
            yaml.Append($"k{i}: *b\n");
        Write("fan.yml", yaml.ToString());
        var result = Run(command, "r.txt", option, "fan.yml");
        AssertUsageError(result, "spotlight: fan.yml: line 51: aliases expand to more than 100000 nodes");
    }
}
