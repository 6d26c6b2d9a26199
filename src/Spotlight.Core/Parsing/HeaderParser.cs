using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Parsing.Layout;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Parsing;

/// <summary>
/// Reads the header at the top of a report: the title line (series), the period and the
/// author or editor lines, in whatever order and spacing they come.
/// </summary>
internal static partial class HeaderParser
{
    // The header is a handful of short lines; anything longer is the body.
    private const int MaxHeaderLines = 12;
    private const int MaxHeaderLineLength = 160;

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*")]
    private static partial Regex NameSeparator();

    /// <summary>
    /// The first of <paramref name="profiles"/> whose title a line near the top holds, the lines searched as
    /// <see cref="FirstLineOfTitle"/> searches them; null when none does.
    /// </summary>
    public static SeriesProfile? ProfileOfTitle(SourceText source, IReadOnlyList<SeriesProfile> profiles)
    {
        foreach (var (_, line) in LinesNearTheTop(source))
        {
            foreach (var profile in profiles)
            {
                if (profile.Titles.TryFind(line, out _, out _))
                    return profile;
            }
        }
        return null;
    }

    /// <summary>The non-blank lines a title may stand on, trimmed, until a line too long for a header.</summary>
    private static IEnumerable<(int Number, string Line)> LinesNearTheTop(SourceText source)
    {
        for (int number = 1, seen = 0; number <= source.LineCount && seen < MaxHeaderLines + 4; number++)
        {
            var span = source.Line(number);
            if (LineMarks.IsBlank(span))
                continue;
            if (span.Length > MaxHeaderLineLength)
                yield break;
            seen++;
            yield return (number, span.Trim().ToString());
        }
    }

    public static Header Parse(SourceText source, SeriesProfile profile, ICollection<Diagnostic> diagnostics)
    {
        string? series = null;
        int? seriesLine = null;
        Period? period = null;
        var authors = ImmutableArray.CreateBuilder<Author>();
        var used = new HashSet<int>();
        int lastHeaderLine = 0;
        int seen = 0;
        int first = FirstLineOfTitle(source, profile, out var siteLines);
        foreach (int line in siteLines)
            used.Add(line);

        for (int number = first; number <= source.LineCount && seen < MaxHeaderLines; number++)
        {
            var span = source.Line(number);
            if (LineMarks.IsBlank(span) || source.Hint(number) == LineHint.Furniture)
                continue; // a PDF's running header above the title is the page's, not the title
            seen++;
            string line = span.Trim().ToString();
            bool known = profile.Titles.TryFind(line, out string title, out _);
            if ((!known || series is not null) && IsBodyStart(line, series, profile))
                break;

            if (TryParseAuthors(line, number, authors, profile))
            {
                lastHeaderLine = number;
            }
            else if (period is null && PeriodParser.TryFind(line, profile.Months, out var found))
            {
                // The period may share the title line: "Spotlight on Iran – January 7- January 21, 2018".
                string before = line[..found.Index].Trim().TrimEnd('(', '-', '–', '—', ':', ',', ' ');
                if (series is null && (known || LineMarks.StripMarks(before).Length > 0))
                    (series, seriesLine) = (known ? title : LineMarks.StripMarks(before), number);
                period = new Period(found.Start, found.End, found.Text, number)
                {
                    Column = span.Length - span.TrimStart().Length + found.Index + 1,
                };
                // ... and the editor may share the period's: "March 3, 2019 – March 17, 2019 Editor: Dr. Jane Roe".
                string after = line[(found.Index + found.Text.Length)..].Trim().TrimStart(')', ',', ';', '|', '–', '-', ' ');
                if (after.Length > 0)
                    TryParseAuthors(after, number, authors, profile);
                lastHeaderLine = number;
            }
            else if (series is null)
            {
                (series, seriesLine) = (known ? title : LineMarks.StripMarks(line), number);
                lastHeaderLine = number;
            }
            else
            {
                continue;
            }
            used.Add(number);
        }

        if (series is null || series.Length == 0)
            diagnostics.Add(DiagnosticRegistry.NoTitle.At(line: 1, column: 1));
        if (period is null)
            diagnostics.Add(DiagnosticRegistry.NoPeriod.At(line: Math.Max(lastHeaderLine, 1), column: 1));
        else if (period.End < period.Start)
            diagnostics.Add(DiagnosticRegistry.PeriodEndsBeforeStart.At(period.Line, period.Column,
                detail: $"{period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}"));
        if (authors.Count == 0)
            diagnostics.Add(DiagnosticRegistry.NoAuthor.At(line: Math.Max(lastHeaderLine, 1), column: 1));

        // Every other line of the header is kept: the site's text above the title, anything else between.
        var furniture = ImmutableArray.CreateBuilder<Furniture>();
        for (int number = 1; number <= lastHeaderLine; number++)
        {
            if (used.Contains(number) && !siteLines.Contains(number))
                continue;
            var span = source.Line(number);
            if (LineMarks.IsBlank(span))
                continue;
            string text = span.Trim().ToString();
            var kind = siteLines.Contains(number) ? FurnitureKind.SiteText
                : source.Hint(number) == LineHint.Furniture ? PageLines.FurnitureKindOf(text)
                : FurnitureKind.HeaderText;
            furniture.Add(new Furniture(kind, text, new LineRange(number, number)));
        }

        return new Header(string.IsNullOrEmpty(series) ? null : series, period,
            authors.ToImmutable(), lastHeaderLine + 1, seriesLine, furniture.ToImmutable());
    }

    /// <summary>
    /// The line the header starts on: the first line, unless a line near the top holds a known series title
    /// after lines of a repost site's text ("Tag Archives: Iran", a breadcrumb); those are returned apart.
    /// </summary>
    private static int FirstLineOfTitle(SourceText source, SeriesProfile profile, out HashSet<int> siteLines)
    {
        siteLines = [];
        var before = new List<int>();
        foreach (var (number, line) in LinesNearTheTop(source))
        {
            if (profile.Titles.TryFind(line, out _, out _))
            {
                if (before.Count > 0)
                    siteLines = [.. before];
                return before.Count > 0 ? number : 1;
            }
            // A period, a label or a heading before any known title: the header starts at the top, as written.
            string label = LineMarks.StripMarks(line);
            if (PeriodParser.TryFind(line, profile.Months, out _) || profile.SummaryLabels.Contains(label) || profile.Sections.TryMatch(label, out _))
                return 1;
            before.Add(number);
        }
        return 1;
    }

    private static bool IsBodyStart(string line, string? series, SeriesProfile profile)
    {
        if (line.Length > MaxHeaderLineLength || BulletMarker.StartsWithMarker(line))
            return true;
        string label = LineMarks.StripMarks(line);
        return profile.SummaryLabels.Contains(label)
            || profile.Sections.TryMatch(label, out _)
            || (series is not null && string.Equals(label, series, StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryParseAuthors(string line, int number, ImmutableArray<Author>.Builder authors, SeriesProfile profile)
    {
        if (!profile.AuthorRoles.TryMatch(line, out var role, out string names, out bool namesOnly))
            return false;

        // "By" opens many sentences; only a line that is nothing but names is an author line.
        if (namesOnly && !LooksLikeNames(names))
            return false;

        int before = authors.Count;
        foreach (var part in NameSeparator().Split(names))
        {
            string fullName = part.Trim().TrimEnd('.', ' ');
            if (fullName.Length == 0)
                continue;
            var (honorific, name) = profile.Honorifics.Split(fullName);
            if (name.Length > 0)
                authors.Add(new Author(name, honorific, role, number));
        }
        return authors.Count > before;
    }

    private static bool LooksLikeNames(string names)
    {
        var words = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 8
            && words.All(w => char.IsUpper(w[0]) || w is "and" or "&" || w.EndsWith('.'));
    }
}
