using Spotlight.Cli.Files;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>What a batch says to people: sizes, the progress line, the summary line.</summary>
public sealed class BatchTextTests
{
    [TestCase("64MB", 64_000_000L)]
    [TestCase("64M", 64_000_000L)]
    [TestCase("512k", 512_000L)]
    [TestCase("1.5GB", 1_500_000_000L)]
    [TestCase("1000000", 1_000_000L)]
    [TestCase(" 10 KB ", 10_000L)]
    public void Sizes_are_read(string text, long bytes)
    {
        Assert.That(ByteSize.TryParse(text, out long value), Is.True);
        Assert.That(value, Is.EqualTo(bytes));
    }

    [TestCase("lots")]
    [TestCase("0")]
    [TestCase("-5MB")]
    [TestCase("5TB")]
    public void Nonsense_sizes_are_refused(string text)
    {
        Assert.That(ByteSize.TryParse(text, out _), Is.False);
    }

    [TestCase(812L, "812 B")]
    [TestCase(15_257L, "15 KB")]
    [TestCase(1_500L, "1.5 KB")]
    [TestCase(41_000_000L, "41 MB")]
    [TestCase(64_000_000L, "64 MB")]
    public void Sizes_are_written(long bytes, string text)
    {
        Assert.That(Sizes.Format(bytes), Is.EqualTo(text));
    }

    [Test]
    public void The_summary_line()
    {
        Assert.That(Summary.Line(1204, 3, 41_000_000, TimeSpan.FromSeconds(0.8)), Is.EqualTo("converted 1,204 files, 3 failed, 41 MB in 0.8 s"));
        Assert.That(Summary.Line(1, 0, 15_257, TimeSpan.FromSeconds(0.04)), Is.EqualTo("converted 1 file, 0 failed, 15 KB in 0.0 s"));
        Assert.That(Summary.Line(22, 1, 309_000, TimeSpan.FromSeconds(3.3), events: 12_225), Is.EqualTo("converted 22 files, 1 failed, 12,225 events, 309 KB in 3.3 s"));
        Assert.That(Summary.Line(1, 0, 15_257, TimeSpan.FromSeconds(0.04), events: 1), Is.EqualTo("converted 1 file, 0 failed, 1 event, 15 KB in 0.0 s"));
    }

    [Test]
    public void The_progress_line()
    {
        Assert.That(Progress.Line(120, 3, 12_500_000, 1204, TimeSpan.FromSeconds(1)),
            Is.EqualTo("[#...................] 120/1,204 files, 3 failed, 12 MB/s, ETA 10 s"));
        Assert.That(Progress.Line(1204, 3, 41_000_000, 1204, TimeSpan.FromSeconds(2)),
            Is.EqualTo("[####################] 1,204/1,204 files, 3 failed, 20 MB/s, ETA 0 s"));
        Assert.That(Progress.Line(10, 0, 1000, 100, TimeSpan.FromSeconds(10)), Does.EndWith("ETA 1 min 30 s"));
    }
}
