using System.Text;
using System.Text.Json;
using Spotlight.Cli.Batch;
using Spotlight.Cli.Input;
using Spotlight.Parsing;
using Spotlight.Writing;

namespace Spotlight.Tests.Cli.Batch;

/// <summary>A batch into NDJSON copies the workers' rendered reports out in a few large writes, not one per report.</summary>
public sealed class CopyOutTests
{
    private string _folder = "";

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("spotlight-copy-out-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestCase(1)]
    [TestCase(2)]
    public void Many_small_reports_are_written_in_few_writes_and_in_order(int jobs)
    {
        const int count = 40;
        for (int i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(_folder, $"r{i:D2}.txt"),
                $"Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\nIran and Syria\n\n► Report {i}: the Tasnim agency reported (November 10) that talks went on.\n");
        var output = new CountingStream();

        var run = new ParseRun(Settings(jobs));
        run.WriteTo(output, InputExpander.Expand([_folder], recursive: false, listLimit: 1 << 20), progress: null);

        string[] lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("input").GetProperty("path").GetString()),
            Is.EqualTo(Enumerable.Range(0, count).Select(i => Path.Combine(_folder, $"r{i:D2}.txt"))));
        // Forty reports of about a kilobyte each fit in one buffer: one write, where there was one a report.
        Assert.That(output.Length, Is.LessThan(ParseRun.CopyOutBufferSize));
        Assert.That(output.Writes, Is.EqualTo(1));
    }

    [Test]
    public void A_failure_is_named_after_the_reports_before_it_are_written()
    {
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\n► One item.\n");
        File.CreateSymbolicLink(Path.Combine(_folder, "b.txt"), Path.Combine(_folder, "gone")); // no such file
        File.WriteAllText(Path.Combine(_folder, "c.txt"), "Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n\n► Another item.\n");
        var output = new CountingStream();
        var error = new StringWriter();
        var before = Console.Error;
        Console.SetError(error);
        try
        {
            new ParseRun(Settings(jobs: 1)).WriteTo(output, InputExpander.Expand([_folder], recursive: false, listLimit: 1 << 20), progress: null);
        }
        finally
        {
            Console.SetError(before);
        }
        Assert.That(error.ToString(), Does.Contain("b.txt: no such file"));
        Assert.That(output.LengthAtFirstWrite, Is.GreaterThan(0), "a.txt was written out before b.txt was named");
        Assert.That(output.Writes, Is.EqualTo(2));
    }

    private static ParseSettings Settings(int jobs) => new(
        Files: [], Recursive: false, From: null, Output: null, OutputDirectory: null, Force: false, SkipExisting: false,
        Writer: new NdjsonReportWriter(), Extension: ".ndjson", Profiles: ProfileChoice.BuiltIn, ProfilePath: null, OutletsPath: null,
        Jobs: jobs, MaxBytes: 1 << 20, FailFast: false, Quiet: true, NoProgress: true);

    /// <summary>Keeps what is written, and counts the writes.</summary>
    private sealed class CountingStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public int Writes { get; private set; }

        public long LengthAtFirstWrite { get; private set; } = -1;

        public byte[] ToArray() => _bytes.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            _bytes.Write(buffer);
            if (LengthAtFirstWrite < 0)
                LengthAtFirstWrite = _bytes.Length;
        }

        public override void Flush()
        {
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _bytes.Length;
        public override long Position { get => _bytes.Length; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
