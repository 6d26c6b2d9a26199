using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Extraction;

/// <summary>The periods the extraction tests read dates against.</summary>
internal static class TestPeriods
{
    /// <summary>The seed's period.</summary>
    public static readonly DateContext November2021 =
        DateContext.ForPeriod(new Period(new DateOnly(2021, 11, 4), new DateOnly(2021, 11, 18), "November 4, 2021 – November 18, 2021", 7), SeriesProfiles.Iran.Months);

    /// <summary>A period in 2024, for dates cited weeks before it.</summary>
    public static readonly DateContext Spring2024 =
        DateContext.ForPeriod(new Period(new DateOnly(2024, 4, 25), new DateOnly(2024, 5, 9), "April 25, 2024 – May 9, 2024", 3), SeriesProfiles.Iran.Months);

    public static readonly DateContext NewYear =
        DateContext.ForPeriod(new Period(new DateOnly(2021, 12, 23), new DateOnly(2022, 1, 6), "December 23, 2021 – January 6, 2022", 3), SeriesProfiles.Iran.Months);

    /// <summary>A period of the given days, for dates read at its edges.</summary>
    public static DateContext Of(DateOnly start, DateOnly end) =>
        DateContext.ForPeriod(new Period(start, end, $"{start:MMMM d, yyyy} – {end:MMMM d, yyyy}", 1), SeriesProfiles.Iran.Months);
}
