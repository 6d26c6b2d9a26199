namespace Spotlight.Timeline;

/// <summary>
/// Sorts a timeline larger than memory: entries are held up to a <see cref="SpillBound"/>, then sorted and written to a
/// temporary file as a run, their texts to a file of their own (<see cref="SpilledTexts"/>); the runs and what is still
/// held are merged at the end, repeated events shown once, and only the texts of the events written out read back.
/// Runs are merged into one as soon as <see cref="FanIn"/> of one size are written, so that the open files stay few
/// however long the timeline. Disposing removes every temporary file, whether or not the events were read.
/// </summary>
public sealed class TimelineSorter : IDisposable
{
    /// <summary>The most runs of one size kept before they are merged into one.</summary>
    public const int DefaultFanIn = 32;

    private readonly string _directory;
    private readonly SpillBound _bound;
    private readonly int _fanIn;
    private readonly List<TimelineEntry> _held = [];
    // Runs by the number of merges that made them: level 0 is written from memory, level n + 1 from FanIn runs of level n.
    private readonly List<List<SpilledRun>> _levels = [];
    private readonly SpilledTexts _texts;
    private long _heldBytes;
    private string? _lastText;
    private int _lastReport = -1;
    private bool _sorted;

    /// <param name="directory">Where the runs are written (an existing folder); nothing is left in it.</param>
    public TimelineSorter(string directory, SpillBound bound, int fanIn = DefaultFanIn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fanIn, 2);
        _directory = directory;
        _bound = bound;
        _fanIn = fanIn;
        _texts = new SpilledTexts(directory);
    }

    /// <summary>The runs written to temporary files so far, merges included.</summary>
    public int RunsWritten { get; private set; }

    /// <summary>The entries added so far.</summary>
    public long Count { get; private set; }

    /// <summary>
    /// Adds an entry; entries come report after report, in reading order. What is held is spilled between two reports,
    /// never inside one, so that the events of a node, which share a text, share its one stored copy.
    /// </summary>
    /// <exception cref="TimelineSpillException">A run cannot be written.</exception>
    public void Add(TimelineEntry entry)
    {
        if (_sorted)
            throw new InvalidOperationException("the timeline has been read already");
        if (entry.Report != _lastReport && (_held.Count >= _bound.Events || _heldBytes >= _bound.Bytes))
            Spill();
        _lastReport = entry.Report;
        _held.Add(entry);
        _heldBytes += Reckon(entry.Event);
        Count++;
    }

    /// <summary>Every entry added, in <see cref="TimelineOrder"/>; a spilled entry's text is empty, and stored. Read once.</summary>
    /// <exception cref="TimelineSpillException">A run cannot be read back.</exception>
    public IEnumerable<TimelineEntry> Sorted()
    {
        if (_sorted)
            throw new InvalidOperationException("the timeline has been read already");
        _sorted = true;
        _held.Sort(TimelineOrder.Instance);
        var runs = _levels.SelectMany(level => level).ToList();
        if (runs.Count == 0)
            return _held;
        return SortedMerge.Of([.. runs.Select(run => run.Read()), _held], TimelineOrder.Instance);
    }

    /// <summary>The timeline: every event added, in order, an event repeated by several reports once; read once.</summary>
    /// <exception cref="TimelineSpillException">A run or a text cannot be read back.</exception>
    public IEnumerable<TimelineEvent> Events() =>
        RepeatedEvents.Merge(Sorted()).Select(entry => entry.Stored is { } stored ? entry.Event with { Text = _texts.Read(stored) } : entry.Event);

    private void Spill()
    {
        _held.Sort(TimelineOrder.Instance);
        for (int i = 0; i < _held.Count; i++)
            _held[i] = _held[i] with { Stored = _texts.Keep(_held[i].Event.Text) };
        _texts.Forget();
        Keep(0, SpilledRun.Write(_directory, _held));
        _held.Clear();
        _heldBytes = 0;
        _lastText = null;
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

    /// <summary>
    /// Roughly what an entry takes in memory: its objects and its strings, the text counted once for the events of one
    /// node, which share it.
    /// </summary>
    private long Reckon(TimelineEvent e)
    {
        long bytes = 240 + 2L * (e.Date.Length + e.DateText.Length);
        if (!ReferenceEquals(e.Text, _lastText))
            bytes += 2L * e.Text.Length;
        _lastText = e.Text;
        foreach (var source in e.Sources)
            bytes += 80 + 2L * (source.Name.Length + (source.Date?.Length ?? 0));
        return bytes + 80L * e.Reports.Length;
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
