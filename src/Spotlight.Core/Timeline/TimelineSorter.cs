using Spotlight.Spilling;

namespace Spotlight.Timeline;

/// <summary>
/// Sorts a timeline larger than memory. Each entry is held as the bytes of its record, its text apart in a
/// <see cref="TextLog"/>, up to a <see cref="SpillBound"/>; then the records held are sorted and written to a temporary
/// file as a run. The runs and what is still held are merged at the end, repeated events shown once, and only the
/// texts of the events written out read back. Runs are merged into one as soon as <see cref="DefaultFanIn"/> of one
/// size are written, so that the open files stay few however long the timeline. Disposing removes every temporary
/// file, whether or not the events were read.
/// </summary>
public sealed class TimelineSorter : IDisposable
{
    /// <summary>The most runs of one size kept before they are merged into one.</summary>
    public const int DefaultFanIn = 32;

    private readonly string _directory;
    private readonly SpillBound _bound;
    private readonly int _fanIn;
    private readonly HeldEntries _held = new();
    // Runs by the number of merges that made them: level 0 is written from memory, level n + 1 from FanIn runs of level n.
    private readonly List<List<SpilledRun>> _levels = [];
    private readonly TextLog _texts;
    private string? _lastText;
    private StoredText _lastStored;
    private int _lastReport = -1;
    private bool _sorted;

    /// <param name="directory">Where the runs are written (an existing folder); nothing is left in it.</param>
    /// <param name="bound">Half of its bytes for the records held, half for the texts kept in memory.</param>
    public TimelineSorter(string directory, SpillBound bound, int fanIn = DefaultFanIn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fanIn, 2);
        _directory = directory;
        _bound = bound;
        _fanIn = fanIn;
        _texts = new TextLog(directory, bound.Bytes / 2);
    }

    /// <summary>The runs written to temporary files so far, merges included.</summary>
    public int RunsWritten { get; private set; }

    /// <summary>The entries added so far.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// Adds an entry; entries come report after report, in reading order, the events of a node one after another (they
    /// share its text, which is kept once). What is held is spilled between two reports, never inside one.
    /// </summary>
    /// <exception cref="TimelineSpillException">A run or a text cannot be written.</exception>
    public void Add(TimelineEntry entry)
    {
        if (_sorted)
            throw new InvalidOperationException("the timeline has been read already");
        if (entry.Report != _lastReport && (_held.Count >= _bound.Events || _held.Bytes >= _bound.Bytes / 2))
            Spill();
        _lastReport = entry.Report;
        string text = entry.Event.Text;
        if (!ReferenceEquals(text, _lastText))
        {
            _lastStored = _texts.Append(text);
            _lastText = text;
        }
        _held.Add(entry, _lastStored);
        Count++;
    }

    /// <summary>Every entry added, in <see cref="TimelineOrder"/>, read back with an empty text and where it is stored. Read once.</summary>
    /// <exception cref="TimelineSpillException">A run cannot be read back.</exception>
    public IEnumerable<TimelineEntry> Sorted()
    {
        if (_sorted)
            throw new InvalidOperationException("the timeline has been read already");
        _sorted = true;
        _held.Sort();
        var runs = _levels.SelectMany(level => level).ToList();
        if (runs.Count == 0)
            return _held.Read();
        return SortedMerge.Of([.. runs.Select(run => run.Read()), _held.Read()], TimelineOrder.Instance);
    }

    /// <summary>The timeline: every event added, in order, an event repeated by several reports once; read once.</summary>
    /// <exception cref="TimelineSpillException">A run or a text cannot be read back.</exception>
    public IEnumerable<TimelineEvent> Events() =>
        RepeatedEvents.Merge(Sorted()).Select(entry => entry.Event with { Text = _texts.Read(entry.Stored!.Value) });

    private void Spill()
    {
        _held.Sort();
        Keep(0, SpilledRun.Write(_directory, _held));
        _held.Clear();
    }

    private void Keep(int level, SpilledRun run)
    {
        RunsWritten++;
        if (_levels.Count == level)
            _levels.Add([]);
        var runs = _levels[level];
        runs.Add(run);
        if (runs.Count < _fanIn)
            return;
        var merged = SpilledRun.Write(_directory, SortedMerge.Of([.. runs.Select(r => r.Read())], TimelineOrder.Instance));
        foreach (var r in runs)
            r.Dispose();
        runs.Clear();
        Keep(level + 1, merged);
    }

    public void Dispose()
    {
        foreach (var run in _levels.SelectMany(level => level))
            run.Dispose();
        _levels.Clear();
        _held.Clear();
        _texts.Dispose();
    }
}
