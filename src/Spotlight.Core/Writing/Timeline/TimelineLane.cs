using System.Text;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// One region's lane while a timeline page is written: the markup of its events so far, moved to a temporary file
/// whenever it grows past a bound so that an archive's events are never all in memory, and its count of events per month
/// for the chart.
/// </summary>
internal sealed class TimelineLane(string? region, int spillAt, string temporaryDirectory) : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<int, int> _perMonth = [];
    private FileStream? _file;
    private StreamWriter? _spilled;

    /// <summary>The region as the tree names it; null for events of no region.</summary>
    public string? Region { get; } = region;

    /// <summary>What the page calls the lane.</summary>
    public string Name => Region ?? "No region";

    public int Events { get; private set; }

    /// <summary>Events by the month their date starts in (<see cref="ChartPeriods.MonthOf"/>).</summary>
    public IReadOnlyDictionary<int, int> PerMonth => _perMonth;

    /// <summary>Where the next event's markup goes; <see cref="Added"/> is called after it.</summary>
    public StringBuilder Markup { get; } = new();

    /// <summary>The path of the lane's temporary file, once it has one.</summary>
    public string? SpillPath { get; private set; }

    public void Added(DateOnly start)
    {
        Events++;
        int month = ChartPeriods.MonthOf(start);
        _perMonth[month] = _perMonth.GetValueOrDefault(month) + 1;
        if (Markup.Length >= spillAt)
            Spill();
    }

    /// <summary>Writes the lane's events, those spilled first, to the page's text and stream.</summary>
    public void CopyTo(StreamWriter text, Stream stream)
    {
        if (_file is not null)
        {
            Spill();
            _spilled!.Flush();
            text.Flush();
            _file.Position = 0;
            _file.CopyTo(stream);
            return;
        }
        foreach (var chunk in Markup.GetChunks())
            text.Write(chunk.Span);
        Markup.Clear();
    }

    private void Spill()
    {
        if (_file is null)
        {
            SpillPath = Path.Combine(temporaryDirectory, $"spotlight-timeline-{Guid.NewGuid():N}.part");
            _file = new FileStream(SpillPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.DeleteOnClose);
            // The markup is gathered in the lane's builder already: the writer needs only a small buffer to encode it through.
            _spilled = new StreamWriter(_file, Utf8, bufferSize: 4096, leaveOpen: true) { NewLine = "\n" };
        }
        foreach (var chunk in Markup.GetChunks())
            _spilled!.Write(chunk.Span);
        Markup.Clear();
    }

    public void Dispose()
    {
        try
        {
            _spilled?.Dispose();
        }
        finally
        {
            _file?.Dispose();
            // The file is deleted on close; this covers a platform or a failure that left it.
            if (SpillPath is not null && File.Exists(SpillPath))
                File.Delete(SpillPath);
        }
    }
}
