using Spotlight.Model;

namespace Spotlight.Extraction;

/// <summary>
/// The dates that lie inside a span, found by binary search in the ordered list of a node's dates,
/// so that looking them up for every parenthesis stays linear in the text.
/// </summary>
internal static class DatesWithin
{
    public static IEnumerable<DateMention> Span(IReadOnlyList<DateMention> dates, TextSpan span)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (dates[mid].Start < span.Start) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < dates.Count && dates[i].Start + dates[i].Length <= span.End; i++)
            yield return dates[i];
    }
}
