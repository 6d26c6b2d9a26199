using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Spotlight.Model;
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

    [GeneratedRegex(@"^(?:(?<role>Authors?|Editors?|Written by|Edited by|Prepared by)\s*:?|(?<role>By)\s)\s*(?<names>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@"\s*(?:,|;|&|\band\b)\s*")]
    private static partial Regex NameSeparator();

    public static Header Parse(SourceText source, SectionTable sections, ICollection<Diagnostic> diagnostics)
    {
        string? series = null;
        Period? period = null;
        var authors = ImmutableArray.CreateBuilder<Author>();
        int lastHeaderLine = 0;
        int seen = 0;

        for (int number = 1; number <= source.LineCount && seen < MaxHeaderLines; number++)
        {
            var span = source.Line(number);
            if (LineText.IsBlank(span))
                continue;
            seen++;
            string line = span.Trim().ToString();
            if (IsBodyStart(line, series, sections))
                break;

            if (TryParseAuthors(line, number, authors))
            {
                lastHeaderLine = number;
            }
            else if (period is null && PeriodParser.TryFind(line, out var found))
            {
                // The period may share the title line: "Spotlight on Iran – January 7- January 21, 2018".
                string before = line[..found.Index].Trim().TrimEnd('(', '-', '–', '—', ':', ',', ' ');
                if (series is null && LineText.StripMarks(before).Length > 0)
                {
                    series = LineText.StripMarks(before);
                }
                period = new Period(found.Start, found.End, found.Text, number);
                lastHeaderLine = number;
            }
            else if (series is null)
            {
                series = LineText.StripMarks(line);
                lastHeaderLine = number;
            }
        }

        if (series is null || series.Length == 0)
            diagnostics.Add(ParseDiagnostics.NoTitle.At(line: 1, column: 1));
        if (period is null)
            diagnostics.Add(ParseDiagnostics.NoPeriod.At(line: Math.Max(lastHeaderLine, 1), column: 1));
        else if (period.End < period.Start)
            diagnostics.Add(ParseDiagnostics.PeriodEndsBeforeStart.At(period.Line, 1,
                detail: $"{period.Start:yyyy-MM-dd} to {period.End:yyyy-MM-dd}"));
        if (authors.Count == 0)
            diagnostics.Add(ParseDiagnostics.NoAuthor.At(line: Math.Max(lastHeaderLine, 1), column: 1));

        return new Header(string.IsNullOrEmpty(series) ? null : series, period,
            authors.ToImmutable(), lastHeaderLine + 1);
    }

    private static bool IsBodyStart(string line, string? series, SectionTable sections)
    {
        if (line.Length > MaxHeaderLineLength || BulletMarker.StartsWithMarker(line))
            return true;
        string label = LineText.StripMarks(line);
        return SummaryLabels.Contains(label)
            || sections.TryMatch(label, out _)
            || (series is not null && string.Equals(label, series, StringComparison.OrdinalIgnoreCase));
    }

    private static bool TryParseAuthors(string line, int number, ImmutableArray<Author>.Builder authors)
    {
        var match = AuthorLine().Match(line);
        if (!match.Success)
            return false;

        string roleWord = match.Groups["role"].Value;
        var role = roleWord.StartsWith("Edit", StringComparison.OrdinalIgnoreCase) ? AuthorRole.Editor : AuthorRole.Author;
        string names = match.Groups["names"].Value.Trim();

        // "By" opens many sentences; only a line that is nothing but names is an author line.
        if (roleWord.Equals("By", StringComparison.OrdinalIgnoreCase) && !LooksLikeNames(names))
            return false;

        int before = authors.Count;
        foreach (var part in NameSeparator().Split(names))
        {
            string fullName = part.Trim().TrimEnd('.', ' ');
            if (fullName.Length == 0)
                continue;
            var (honorific, name) = Honorifics.Split(fullName);
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
