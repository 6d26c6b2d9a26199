namespace Spotlight.Timeline;

/// <summary>
/// How much of a timeline is held in memory before it is sorted and written out as a run: whichever of the two
/// limits is reached first.
/// </summary>
/// <param name="Events">The most events held.</param>
/// <param name="Bytes">The most bytes the events held are reckoned to take.</param>
public sealed record SpillBound(int Events, long Bytes)
{
    /// <summary>
    /// 32 MB of records (a few hundred thousand events) and 32 MB of texts; a report gives a few dozen events, so thousands
    /// of reports sort in memory and an archive of any size in runs of that much.
    /// </summary>
    public static SpillBound Default { get; } = new(500_000, 64L << 20);
}
