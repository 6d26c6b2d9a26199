using Spotlight.Cli.Input;

namespace Spotlight.Tests.Cli.Commands;

/// <summary>
/// Option values the command-line layer refuses, naming the option and what it takes, with exit 2 and no stack
/// trace; sizes and counts that would overflow once multiplied are among them.
/// </summary>
public sealed class OptionValueTests : HostileDir
{
    [TestCase("parse", "--jobs", "abc", "spotlight: --jobs: 'abc' is not a whole number from 1 to 1024")]
    [TestCase("parse", "-j", "", "spotlight: --jobs: '' is not a whole number from 1 to 1024")]
    [TestCase("parse", "--jobs", "1.5", "spotlight: --jobs: '1.5' is not a whole number from 1 to 1024")]
    [TestCase("parse", "--jobs", "0", "spotlight: --jobs: '0' is not a whole number from 1 to 1024")]
    [TestCase("parse", "--jobs", "-3", "spotlight: --jobs: '-3' is not a whole number from 1 to 1024")]
    [TestCase("parse", "--jobs", "2147483648", "spotlight: --jobs: '2147483648' is not a whole number from 1 to 1024")]
    [TestCase("parse", "--jobs", "268435456", "spotlight: --jobs: '268435456' is not a whole number from 1 to 1024")]
    [TestCase("validate", "--jobs", "268435456", "spotlight: --jobs: '268435456' is not a whole number from 1 to 1024")]
    [TestCase("validate", "--max-warnings", "abc", "spotlight: --max-warnings: 'abc' is not a whole number from 0 to 2147483647")]
    [TestCase("validate", "--max-warnings", "-1", "spotlight: --max-warnings: '-1' is not a whole number from 0 to 2147483647")]
    [TestCase("parse", "--max-bytes", "lots", "spotlight: --max-bytes: 'lots' is not a size from 1 byte to 1TiB such as 64MB, 64MiB, 512k or 1000000")]
    [TestCase("parse", "--max-bytes", "2TiB", "spotlight: --max-bytes: '2TiB' is not a size from 1 byte to 1TiB such as 64MB, 64MiB, 512k or 1000000")]
    [TestCase("parse", "--max-bytes", "99999999999999999999999", "spotlight: --max-bytes: '99999999999999999999999' is not a size from 1 byte to 1TiB such as 64MB, 64MiB, 512k or 1000000")]
    [TestCase("parse", "-o", "", "spotlight: --output: the path is empty (expected FILE)")]
    [TestCase("parse", "--output-dir", "", "spotlight: --output-dir: the path is empty (expected DIR)")]
    [TestCase("parse", "--outlets", "", "spotlight: --outlets: the path is empty (expected FILE.yml)")]
    [TestCase("validate", "-o", "", "spotlight: --output: the path is empty (expected FILE)")]
    [TestCase("validate", "--config", "", "spotlight: --config: the path is empty (expected FILE)")]
    public void A_bad_value_is_a_usage_error_naming_the_option_and_its_range(string command, string option, string value, string line) =>
        AssertUsageError(Run(command, "r.txt", option, value), line);

    [Test]
    public void Schema_refuses_an_empty_output_path() =>
        AssertUsageError(Run("schema", "-o", ""), "spotlight: --output: the path is empty (expected FILE)");

    [TestCase("64MiB", 64L << 20)]
    [TestCase("64MB", 64_000_000L)]
    [TestCase("64M", 64_000_000L)]
    [TestCase("512k", 512_000L)]
    [TestCase("512KiB", 512L << 10)]
    [TestCase("1.5KiB", 1536L)]
    [TestCase("2GiB", 2L << 30)]
    [TestCase("3GB", 3_000_000_000L)]
    [TestCase("1TiB", 1L << 40)]
    [TestCase("1000000", 1_000_000L)]
    public void Sizes_take_decimal_and_binary_units(string text, long bytes)
    {
        Assert.That(ByteSize.TryParse(text, out long parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(bytes));
    }

    // Every form the help and the README name, and no other.
    [TestCase("64B", 64L)]
    [TestCase("64K", 64_000L)]
    [TestCase("64kB", 64_000L)]
    [TestCase("64KB", 64_000L)]
    [TestCase("64m", 64_000_000L)]
    [TestCase("1g", 1_000_000_000L)]
    [TestCase("1G", 1_000_000_000L)]
    [TestCase("1GB", 1_000_000_000L)]
    [TestCase("1T", 1_000_000_000_000L)]
    [TestCase("1TB", 1_000_000_000_000L)]
    [TestCase("64KiB", 64L << 10)]
    [TestCase("1GiB", 1L << 30)]
    [TestCase("64 MiB", 64L << 20)]
    public void Sizes_take_every_unit_the_help_names(string text, long bytes)
    {
        Assert.That(ByteSize.TryParse(text, out long parsed), Is.True);
        Assert.That(parsed, Is.EqualTo(bytes));
    }

    // Half a unit, or a lower-case b (bits, to many readers), is refused rather than guessed at.
    [TestCase("64Mi")]
    [TestCase("64ki")]
    [TestCase("64mb")]
    [TestCase("64kb")]
    [TestCase("64Kb")]
    [TestCase("64b")]
    [TestCase("64kiB")]
    [TestCase("64MIB")]
    [TestCase("64MiBB")]
    public void Sizes_in_forms_the_help_does_not_name_are_refused(string text) =>
        Assert.That(ByteSize.TryParse(text, out _), Is.False);

    [TestCase("64MiB")]
    [TestCase("64KiB")]
    [TestCase("1GiB")]
    [TestCase("64MB")]
    [TestCase("64k")]
    [TestCase("64M")]
    public void Every_unit_the_help_names_works_on_the_command_line(string size)
    {
        var result = Run("parse", "r.txt", "--max-bytes", size);
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
    }

    [Test]
    public void A_size_in_a_form_the_help_does_not_name_is_one_line_naming_it()
    {
        var result = Run("parse", "r.txt", "--max-bytes", "64Mi");
        AssertUsageError(result, "spotlight: --max-bytes: '64Mi' is not a size from 1 byte to 1TiB such as 64MB, 64MiB, 512k or 1000000");
        Assert.That(Lines(result.Stderr).Count(line => line.StartsWith("spotlight: ")), Is.EqualTo(1));
    }

    [TestCase("0")]
    [TestCase("0.1")]
    [TestCase("1.1TiB")]
    [TestCase("9999999999999999TB")]
    [TestCase("64XB")]
    [TestCase("")]
    public void Sizes_out_of_range_or_unreadable_are_refused(string text) =>
        Assert.That(ByteSize.TryParse(text, out _), Is.False);

    [TestCase(64_000_000L, "64MB")]
    [TestCase(64L << 20, "64MiB")]
    [TestCase(1536L, "1536 bytes")]
    [TestCase(1L, "1 byte")]
    public void A_limit_is_named_exactly(long bytes, string text) => Assert.That(ByteSize.Format(bytes), Is.EqualTo(text));

    [Test]
    public void A_size_in_binary_units_works_on_the_command_line()
    {
        var result = Run("parse", "r.txt", "--max-bytes", "64MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
    }

    [Test]
    public void A_file_over_2_GiB_under_a_raised_limit_fails_as_an_input_without_overflow()
    {
        string huge = Path.Combine(Dir, "huge.txt");
        using (var stream = new FileStream(huge, FileMode.CreateNew))
            stream.SetLength((5L << 30) / 2); // sparse: no disk is used
        var result = Run("parse", "huge.txt", "r.txt", "--max-bytes", "3GiB", "-f", "ndjson", "-q");
        Assert.That(FirstLine(result.Stderr), Is.EqualTo($"spotlight: huge.txt: larger than {Array.MaxLength - 1} bytes, the most one input can be"));
        Assert.That(result.Stderr, Does.Not.Contain("Overflow").And.Not.Contain("internal error"));
        Assert.That((result.ExitCode, Lines(result.Stdout).Length), Is.EqualTo((1, 1)));
    }

    [Test]
    public void Sizes_that_round_alike_are_told_apart_in_bytes()
    {
        File.WriteAllBytes(Path.Combine(Dir, "big.txt"), new byte[1001]);
        var result = Run("parse", "big.txt", "--max-bytes", "1KB");
        Assert.That(FirstLine(result.Stderr), Is.EqualTo("spotlight: big.txt: too large (1,001 bytes; the limit is 1,000 bytes, see --max-bytes)"));
    }
}
