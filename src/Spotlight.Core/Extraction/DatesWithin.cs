using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Extraction;

/// <summary>
/// The dates that lie inside a span, found by binary search in the ordered list of a node's dates,
/// so that looking them up for every parenthesis stays linear in the text.
/// </summary>
internal static class DatesWithin
{
    /// <returns>The index of the first date inside the span and how many follow it inside, without allocating.</returns>
    public static (int First, int Count) Span(IReadOnlyList<DateMention> dates, TextSpan span)
    {
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (dates[mid].Start < span.Start) lo = mid + 1;
            else hi = mid;
        }
        int end = lo;
        while (end < dates.Count && dates[end].Span.End <= span.End)
            end++;
        return (lo, end - lo);
    }

    /// <summary>The date a parenthesis holds when it holds nothing else: "(November 7)".</summary>
    public static DateMention? Only(string text, TextSpan parenthesis, IReadOnlyList<DateMention> dates)
    {
        var (first, count) = Span(dates, parenthesis);
        if (count == 0)
            return null;
        var date = dates[first];
        return text.AsSpan(parenthesis.Start + 1, parenthesis.Length - 2).Trim().Length == date.Length ? date : null;
    }
}
