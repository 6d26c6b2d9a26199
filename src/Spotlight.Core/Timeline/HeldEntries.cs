using System.Runtime.InteropServices;

namespace Spotlight.Timeline;

/// <summary>
/// The entries of a timeline held in memory before they are sorted and spilled: each written at once as the bytes of
/// its record (<see cref="TimelineEntryCodec"/>) into large blocks, with a key beside it to sort by. The collector sees
/// a few blocks, not the objects of every event held: the events die young, where collecting them costs little.
/// </summary>
internal sealed class HeldEntries
{
    private const int BlockSize = 1 << 20;

    private readonly List<byte[]> _blocks = [];
    // Blocks of the runs spilled before, taken again rather than made anew.
    private readonly Stack<byte[]> _spare = new();
    private readonly List<Key> _keys = [];
    private readonly MemoryStream _record = new();
    private readonly BinaryWriter _writer;
    private int _lastBlockUsed = BlockSize;

    public HeldEntries() => _writer = new BinaryWriter(_record, System.Text.Encoding.UTF8, leaveOpen: true);

    public int Count => _keys.Count;

    /// <summary>What the entries take: their records, and the keys beside them.</summary>
    public long Bytes { get; private set; }

    public void Add(TimelineEntry entry, StoredText text)
    {
        _record.SetLength(0);
        TimelineEntryCodec.Write(_writer, entry, text);
        _writer.Flush();
        int length = (int)_record.Length;
        if (length > BlockSize - _lastBlockUsed)
        {
            // A record longer than a block (a node citing thousands of sources) has one of its own.
            _blocks.Add(length <= BlockSize && _spare.TryPop(out var spare) ? spare : new byte[Math.Max(BlockSize, length)]);
            _lastBlockUsed = 0;
        }
        _record.GetBuffer().AsSpan(0, length).CopyTo(_blocks[^1].AsSpan(_lastBlockUsed));
        var e = entry.Event;
        _keys.Add(new Key(e.Start.DayNumber, (int)e.Granularity, entry.Report, entry.Sequence, _blocks.Count - 1, _lastBlockUsed, length));
        _lastBlockUsed += length;
        Bytes += length + System.Runtime.CompilerServices.Unsafe.SizeOf<Key>();
    }

    /// <summary>Sorts the keys into <see cref="TimelineOrder"/>, the records staying where they are.</summary>
    public void Sort() => CollectionsMarshal.AsSpan(_keys).Sort(new KeyOrder());

    /// <summary>The records' bytes in the keys' order, for a run.</summary>
    public void WriteTo(Stream stream)
    {
        foreach (var key in _keys)
            stream.Write(_blocks[key.Block], key.Offset, key.Length);
    }

    /// <summary>The entries in the keys' order, read back from their records.</summary>
    public IEnumerable<TimelineEntry> Read()
    {
        foreach (var key in _keys)
        {
            using var reader = new BinaryReader(new MemoryStream(_blocks[key.Block], key.Offset, key.Length, writable: false));
            yield return TimelineEntryCodec.Read(reader);
        }
    }

    public void Clear()
    {
        foreach (var block in _blocks.Where(block => block.Length == BlockSize))
            _spare.Push(block);
        _blocks.Clear();
        _keys.Clear();
        _lastBlockUsed = BlockSize;
        Bytes = 0;
    }

    /// <summary>Where a record is, and what it sorts by: <see cref="TimelineOrder"/>'s fields.</summary>
    private readonly record struct Key(int Day, int Granularity, int Report, int Sequence, int Block, int Offset, int Length);

    private readonly struct KeyOrder : IComparer<Key>
    {
        public int Compare(Key x, Key y)
        {
            int order = x.Day.CompareTo(y.Day);
            if (order == 0) order = x.Granularity.CompareTo(y.Granularity);
            if (order == 0) order = x.Report.CompareTo(y.Report);
            if (order == 0) order = x.Sequence.CompareTo(y.Sequence);
            return order;
        }
    }
}
