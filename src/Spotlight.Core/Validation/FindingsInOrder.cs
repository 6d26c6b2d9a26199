using System.Collections;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using Spotlight.Diagnostics;
using Spotlight.Spilling;

namespace Spotlight.Validation;

/// <summary>
/// A report's findings in line order (line, column, code, then the group and the order they were found in) without all of them held at
/// once: past <see cref="RunLength"/> findings, those held are sorted and written as a run to a temporary file, and the
/// runs are merged as the findings are read, one finding of each run held at a time. A report whose every line is
/// found fault with would otherwise hold its findings, several times the size of its text. Where no temporary file
/// can be made, the findings stay in memory. Disposing closes the file, which no folder names (see <see cref="TemporaryFile"/>).
/// </summary>
public sealed class FindingsInOrder : IReadOnlyCollection<Diagnostic>, IDisposable
{
    /// <summary>The most findings held before a run is written (some three megabytes of them).</summary>
    public const int RunLength = 16_384;

    private readonly int _runLength;
    private readonly List<Numbered> _held = [];
    // The runs written, each where it starts in the file and how many findings it holds.
    private readonly List<(long Start, int Count)> _runs = [];
    private FileStream? _file;
    private BinaryWriter? _writer;
    private bool _inMemory, _finished;

    public FindingsInOrder(int runLength = RunLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runLength, 1);
        _runLength = runLength;
    }

    public int Count { get; private set; }

    /// <summary>How many runs were written to the temporary file.</summary>
    public int RunsWritten => _runs.Count;

    /// <param name="group">What a finding is found by (the parse, a rule): of two findings at one place and of one code,
    /// the one of the lower group comes first, and of one group, the one found first.</param>
    public void Add(Diagnostic finding, int group = 0)
    {
        if (_finished)
            throw new InvalidOperationException("the findings are being read");
        _held.Add(new Numbered(finding, (long)group << 32 | (uint)Count++));
        if (_held.Count >= _runLength && !_inMemory)
            Spill();
    }

    public IEnumerator<Diagnostic> GetEnumerator()
    {
        if (!_finished)
        {
            _finished = true;
            CollectionsMarshal.AsSpan(_held).Sort(Order.Instance);
            _writer?.Flush();
        }
        var all = _runs.Count == 0
            ? _held
            : SortedMerge.Of([.. _runs.Select(run => Read(_file!.SafeFileHandle, run.Start, run.Count)), _held], Order.Instance);
        return all.Select(numbered => numbered.Finding).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void Spill()
    {
        try
        {
            if (_file is null)
            {
                _file = TemporaryFile.Open(Path.GetTempPath(), "findings", ".run", 64 * 1024);
                _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
            }
            CollectionsMarshal.AsSpan(_held).Sort(Order.Instance);
            long start = _file.Position;
            foreach (var numbered in _held)
            {
                _writer!.Write(numbered.Number);
                DiagnosticCodec.Write(_writer, numbered.Finding);
            }
            _writer!.Flush();
            _runs.Add((start, _held.Count));
            _held.Clear();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No place for a temporary file, or no room left in it: the findings from here on stay in memory, as they
            // all would without one; the runs written before are whole.
            _inMemory = true;
        }
    }

    /// <summary>A run's findings read back from the file, through a buffer of their own: each run is read at its own place.</summary>
    private static IEnumerable<Numbered> Read(SafeFileHandle file, long start, int count)
    {
        using var reader = new BinaryReader(new BufferedStream(new FileSegment(file, start), 4096), System.Text.Encoding.UTF8);
        for (int i = 0; i < count; i++)
        {
            long number = reader.ReadInt64();
            yield return new Numbered(DiagnosticCodec.Read(reader), number);
        }
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _file?.Dispose();
        _held.Clear();
    }

    private readonly record struct Numbered(Diagnostic Finding, long Number);

    private sealed class Order : IComparer<Numbered>
    {
        public static readonly Order Instance = new();

        public int Compare(Numbered x, Numbered y)
        {
            int order = (x.Finding.Line ?? 0).CompareTo(y.Finding.Line ?? 0);
            if (order == 0) order = (x.Finding.Column ?? 0).CompareTo(y.Finding.Column ?? 0);
            if (order == 0) order = string.CompareOrdinal(x.Finding.Code, y.Finding.Code);
            if (order == 0) order = x.Number.CompareTo(y.Number);
            return order;
        }
    }

    /// <summary>The file from a place on, read at its own position: the file's handle is shared by every run's reader.</summary>
    private sealed class FileSegment(SafeFileHandle file, long start) : Stream
    {
        private long _position = start;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int read = RandomAccess.Read(file, buffer, _position);
            _position += read;
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
