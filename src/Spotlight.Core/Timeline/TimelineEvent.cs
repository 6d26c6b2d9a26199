using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Timeline;

/// <summary>
/// One dated event of a timeline: an item or a figure and one date it mentions. Told by one report, or by several
/// when the same event was reported again (the same text, or the same date and source in overlapping periods).
/// </summary>
/// <param name="Date">The mention's ISO value at its granularity: 2021-11-10, 2021-W44, 2021-11, 2021.</param>
/// <param name="Start">The first day the date covers: where the event sorts.</param>
/// <param name="End">The last day the date covers.</param>
/// <param name="DateText">The date as written.</param>
/// <param name="Section">The section's id in the first report.</param>
/// <param name="Kind">"item" or "figure".</param>
/// <param name="Text">The item's text or the figure's caption.</param>
/// <param name="Sources">The sources the node cites, in the order written.</param>
/// <param name="Reports">The reports that tell it, the first read first.</param>
public sealed record TimelineEvent(
    string Date,
    DateGranularity Granularity,
    DateModifier? Modifier,
    DateOnly Start,
    DateOnly End,
    string DateText,
    string? Region,
    string Section,
    string? SectionHeading,
    string Kind,
    string Text,
    ImmutableArray<TimelineSource> Sources,
    ImmutableArray<TimelineReport> Reports);

/// <summary>A source an event's node cites, as the tree gives it.</summary>
public sealed record TimelineSource(string Name, string? Outlet, SourceKind Kind, SourcePlatform? Platform, string? Date);

/// <summary>A report that tells an event, and the id of the node that tells it there.</summary>
public sealed record TimelineReport(string File, string? Series, DateOnly? PeriodStart, DateOnly? PeriodEnd, string Id);
