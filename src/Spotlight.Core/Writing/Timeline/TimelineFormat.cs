namespace Spotlight.Writing.Timeline;

/// <summary>One format a timeline is written in: a row of <see cref="TimelineWriters.All"/>.</summary>
/// <param name="Name">The name <c>--format</c> takes.</param>
/// <param name="Extensions">With the dot; <c>-o</c> with one of these chooses the format.</param>
public sealed record TimelineFormat(string Name, IReadOnlyList<string> Extensions, Func<ITimelineWriter> Create) : IFileFormat;
