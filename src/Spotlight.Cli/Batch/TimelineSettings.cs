using Spotlight.Parsing;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Cli.Batch;

/// <summary>Everything <c>spotlight timeline</c> was asked to do, read from the command line.</summary>
/// <param name="Output">The file written whole, or null for stdout.</param>
internal sealed record TimelineSettings(
    IReadOnlyList<string> Files,
    bool Recursive,
    string? From,
    string? Output,
    ITimelineWriter Writer,
    TimelineFilter Filter,
    ProfileChoice Profiles,
    string? ProfilePath,
    string? OutletsPath,
    int Jobs,
    long MaxBytes,
    bool FailFast,
    bool Quiet,
    bool NoProgress)
{
    /// <summary>Where the events that do not fit in memory wait, sorted, for the merge; nothing is left there.</summary>
    public string ScratchDirectory { get; init; } = Path.GetTempPath();

    /// <summary>How many events are held in memory before a sorted run of them is written out.</summary>
    public SpillBound Bound { get; init; } = SpillBound.Default;
}
