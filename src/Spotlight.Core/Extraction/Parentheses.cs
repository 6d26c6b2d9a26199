using Spotlight.Text;

namespace Spotlight.Extraction;

/// <summary>The innermost parentheses of a text, found in one pass; an unbalanced one is skipped.</summary>
internal static class Parentheses
{
    /// <returns>Spans from "(" to ")" inclusive, in order.</returns>
    public static List<TextSpan> Find(string text)
    {
        var spans = new List<TextSpan>();
        int open = -1;
        for (int i = text.AsSpan().IndexOfAny('(', ')'); i >= 0;)
        {
            if (text[i] == '(')
                open = i;
            else if (open >= 0)
            {
                spans.Add(new TextSpan(open, i - open + 1));
                open = -1;
            }
            int next = text.AsSpan(i + 1).IndexOfAny('(', ')');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return spans;
    }

    public static bool Contains(List<TextSpan> spans, int position)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (position < spans[mid].Start) hi = mid - 1;
            else if (position >= spans[mid].End) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
