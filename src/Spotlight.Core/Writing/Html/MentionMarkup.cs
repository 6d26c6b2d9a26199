using System.Collections.Immutable;
using System.Text;
using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>
/// A node's text with each of its date and source mentions wrapped in an element that carries its values. A source's
/// span holds the dates cited with it ("Fars, November 15"), so sources wrap dates; where two spans cross rather than
/// nest, the inner one is closed at the outer one's edge and opened again after it, each piece naming the same mention.
/// </summary>
public static class MentionMarkup
{
    /// <param name="mentionPrefix">Names each mention in the page (<c>data-mention</c>): the node's anchor.</param>
    public static void Append(StringBuilder page, string text, ImmutableArray<DateMention> dates, ImmutableArray<SourceMention> sources, string mentionPrefix)
    {
        var marks = new List<Mark>(dates.Length + sources.Length);
        for (int i = 0; i < sources.Length; i++)
            Add(marks, sources[i].Start, sources[i].Length, text.Length, rank: 0, new Opening(null, sources[i], $"{mentionPrefix}-s{i + 1}"));
        for (int i = 0; i < dates.Length; i++)
            Add(marks, dates[i].Start, dates[i].Length, text.Length, rank: 1, new Opening(dates[i], null, $"{mentionPrefix}-d{i + 1}"));
        if (marks.Count == 0)
        {
            HtmlText.Append(page, text);
            return;
        }

        var boundaries = new SortedSet<int> { 0, text.Length };
        foreach (var mark in marks)
        {
            boundaries.Add(mark.Start);
            boundaries.Add(mark.End);
        }
        marks.Sort((a, b) => a.Start.CompareTo(b.Start));

        var active = new List<Mark>();
        var open = new List<Mark>();
        int next = 0, from = 0;
        foreach (int at in boundaries)
        {
            if (at > from)
            {
                Reopen(page, open, active);
                HtmlText.Append(page, text.AsSpan(from, at - from));
            }
            active.RemoveAll(mark => mark.End <= at);
            while (next < marks.Count && marks[next].Start == at)
                Insert(active, marks[next++]);
            from = at;
        }
        for (int i = open.Count - 1; i >= 0; i--)
            page.Append(open[i].Closing);
    }

    private static void Add(List<Mark> marks, int start, int length, int textLength, int rank, Opening opening)
    {
        int first = Math.Clamp(start, 0, textLength), end = Math.Clamp(start + length, 0, textLength);
        if (end > first)
            marks.Add(new Mark(first, end, rank, opening));
    }

    /// <summary>Keeps the active marks in the order they nest: sources outside dates, earlier and longer spans outside.</summary>
    private static void Insert(List<Mark> active, Mark mark)
    {
        int at = active.Count;
        while (at > 0 && Outer(mark, active[at - 1]))
            at--;
        active.Insert(at, mark);
    }

    private static bool Outer(Mark a, Mark b) =>
        a.Rank != b.Rank ? a.Rank < b.Rank : a.Start != b.Start ? a.Start < b.Start : a.End > b.End;

    /// <summary>Closes the open elements the next piece of text is not inside and opens the ones it is.</summary>
    private static void Reopen(StringBuilder page, List<Mark> open, List<Mark> active)
    {
        int kept = 0;
        while (kept < open.Count && kept < active.Count && ReferenceEquals(open[kept], active[kept]))
            kept++;
        for (int i = open.Count - 1; i >= kept; i--)
            page.Append(open[i].Closing);
        open.RemoveRange(kept, open.Count - kept);
        for (int i = kept; i < active.Count; i++)
        {
            active[i].Opening.AppendTo(page);
            open.Add(active[i]);
        }
    }

    private sealed record Mark(int Start, int End, int Rank, Opening Opening)
    {
        public string Closing => Opening.Date is not null ? "</time>" : "</cite>";
    }

    private sealed record Opening(DateMention? Date, SourceMention? Source, string Name)
    {
        public void AppendTo(StringBuilder page)
        {
            if (Date is { } date)
                MarkOpenings.AppendDate(page, date.Value, date.Granularity, date.Modifier, date.Relative, Name);
            else
                MarkOpenings.AppendSource(page, Source!.Name, Source.Outlet, Source.Kind, Source.Platform, Source.Date, Name);
        }
    }
}
