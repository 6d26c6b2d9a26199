using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Where each non-blank line of the normalised text went: the header (series, period, authors), a section
/// heading, an item, a figure, a footnote or page furniture. Nothing is lost when every such line is in
/// exactly one of them, and none of them claims a blank line or a line the text does not have.
/// </summary>
internal static class LineCoverage
{
    /// <summary>What is wrong with the tree's account of the text's lines; empty when nothing is.</summary>
    public static List<string> Problems(Report report, SourceText source)
    {
        var owners = new Dictionary<int, List<string>>();
        void Claim(int line, string owner)
        {
            if (!owners.TryGetValue(line, out var list))
                owners[line] = list = [];
            if (!list.Contains(owner))
                list.Add(owner);
        }

        // The header is one place, though the series, the period and an editor may share a line.
        foreach (int line in new[] { report.SeriesLine, report.Period?.Line }.OfType<int>().Concat(report.Authors.Select(a => a.Line)))
            Claim(line, "header");
        foreach (var section in report.Sections)
        {
            if (section.HeadingLine is int heading)
                Claim(heading, $"heading of {section.Id}");
            foreach (var item in section.Items)
                foreach (int line in item.SourceLines)
                    Claim(line, item.Id);
            foreach (var figure in section.Figures)
                foreach (int line in figure.SourceLines)
                    Claim(line, figure.Id);
        }
        foreach (var (note, i) in (report.Footnotes ?? []).Select((n, i) => (n, i)))
            for (int line = note.Lines.First; line <= note.Lines.Last; line++)
                if (!IsBlank(source, line))
                    Claim(line, $"footnote {i + 1}");
        foreach (var (piece, i) in (report.Furniture ?? []).Select((f, i) => (f, i)))
            for (int line = piece.Lines.First; line <= piece.Lines.Last; line++)
                Claim(line, $"furniture {i + 1}");

        var problems = new List<string>();
        for (int line = 1; line <= source.LineCount; line++)
        {
            bool blank = IsBlank(source, line);
            owners.TryGetValue(line, out var list);
            if (!blank && list is null)
                problems.Add($"line {line} is in no part of the tree: {PropertyCheck.Literal(source.Line(line).ToString(), 120)}");
            else if (list is { Count: > 1 })
                problems.Add($"line {line} is in {string.Join(" and ", list)}");
            else if (blank && list is not null)
                problems.Add($"line {line} is blank but {list[0]} claims it");
        }
        problems.AddRange(owners.Keys.Where(line => line < 1 || line > source.LineCount)
            .Select(line => $"{string.Join(", ", owners[line])} claims line {line}, past the text's {source.LineCount}"));
        return problems;
    }

    private static bool IsBlank(SourceText source, int line) => line < 1 || line > source.LineCount || source.Line(line).IsWhiteSpace();
}
