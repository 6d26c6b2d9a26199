using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>Renders a timeline in one output format; its name and file extensions are in <see cref="TimelineWriters"/>.</summary>
public interface ITimelineWriter
{
    /// <summary>Starts an output; events go in one at a time in date order, and disposing ends the output.</summary>
    ITimelineOutput Open(Stream output);
}

/// <summary>A timeline output in progress. A writer may not hold every event: an archive's timeline is larger than memory.</summary>
public interface ITimelineOutput : IDisposable
{
    void Write(TimelineEvent timelineEvent);
}
