using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Timeline;

/// <summary>
/// Which events a timeline keeps. Each part left empty keeps everything; names are compared case aside.
/// </summary>
/// <param name="Regions">A section's region or id: an event of any of them is kept.</param>
/// <param name="From">The first day kept: an event whose days reach it or beyond is kept.</param>
/// <param name="To">The last day kept: an event whose days begin by then is kept.</param>
/// <param name="Sources">An outlet, or a source's name as written: an event citing any of them is kept.</param>
public sealed record TimelineFilter(ImmutableArray<string> Regions, DateOnly? From, DateOnly? To, ImmutableArray<string> Sources)
{
    public static TimelineFilter None { get; } = new([], null, null, []);

    public bool KeepsSection(Section section) =>
        Regions.IsDefaultOrEmpty || Regions.Any(region => Same(region, section.Id) || Same(region, section.Region));

    /// <summary>Whether the days of an event overlap the range from <see cref="From"/> to <see cref="To"/>.</summary>
    public bool KeepsDays(DateRange days) => (From is not { } from || days.End >= from) && (To is not { } to || days.Start <= to);

    public bool KeepsSources(ImmutableArray<TimelineSource> sources) =>
        Sources.IsDefaultOrEmpty || sources.Any(source => Sources.Any(wanted => Same(wanted, source.Outlet) || Same(wanted, source.Name)));

    private static bool Same(string wanted, string? name) => name is not null && string.Equals(wanted, name, StringComparison.OrdinalIgnoreCase);
}
