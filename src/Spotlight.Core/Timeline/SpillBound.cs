namespace Spotlight.Timeline;

/// <summary>
/// How much of a timeline is held in memory before it is sorted and written out as a run: whichever of the two
/// limits is reached first.
/// </summary>
/// <param name="Events">The most events held.</param>
/// <param name="Bytes">The most bytes the events held are reckoned to take.</param>
public sealed record SpillBound(int Events, long Bytes)
{
    /// <summary>About 64 MB of events: a report gives a few dozen, so tens of thousands of reports sort in memory.</summary>
    public static SpillBound Default { get; } = new(500_000, 64L << 20);
}
