using System.Text;
using Spotlight.Model;

namespace Spotlight.Tests.Parsing;

/// <summary>
/// The whole tree as a few lines of text, one per node, so that a test can state every field a reader
/// sees at once: header, sections, items (marker, lines, text, dates, sources), figures, footnotes,
/// furniture and findings. Offsets of mentions are left to the extraction tests.
/// </summary>
internal static class TreeOutline
{
    public static string Of(ReportTree document)
    {
        var report = document.Report;
        var text = new StringBuilder();
        text.Append("series: ").Append(report.Series ?? "(none)").Append('\n');
        text.Append("period: ").Append(report.Period is { } p ? $"{p.Start:yyyy-MM-dd}..{p.End:yyyy-MM-dd} \"{p.Text}\" @{p.Line}" : "(none)").Append('\n');
        foreach (var author in report.Authors)
            text.Append($"{Name(author.Role)}: {author.Honorific} {author.Name} @{author.Line}".Replace("  ", " ")).Append('\n');
        foreach (var section in report.Sections)
        {
            text.Append($"section {section.Id} {Name(section.Kind)} {Quoted(section.Heading)} {section.Region ?? "(no region)"} {Lines(section.Lines)}").Append('\n');
            foreach (var item in section.Items)
                text.Append($"  item {item.Id} {item.Marker ?? "(no marker)"} {Lines(item.Lines)} \"{item.Text}\"{Mentions(item)}").Append('\n');
            foreach (var figure in section.Figures)
                text.Append($"  figure {figure.Id} {Lines(figure.Lines)} \"{figure.Caption}\"{Mentions(figure)}").Append('\n');
        }
        foreach (var note in report.Footnotes ?? [])
            text.Append($"footnote {note.Mark} {Lines(note.Lines)} \"{note.Text}\"").Append('\n');
        foreach (var piece in report.Furniture ?? [])
            text.Append($"furniture {Name(piece.Kind)} {Lines(piece.Lines)} \"{piece.Text}\"").Append('\n');
        foreach (var finding in document.Diagnostics)
            text.Append($"finding {finding.Code} @{finding.Line}").Append('\n');
        return text.ToString();
    }

    private static string Quoted(string? text) => text is null ? "(no heading)" : $"\"{text}\"";

    private static string Lines(LineRange lines) => $"[{lines.First}-{lines.Last}]";

    private static string Mentions(IReportNode node)
    {
        var text = new StringBuilder();
        foreach (var date in node.Dates)
            text.Append($" date({date.Value} {Name(date.Granularity)}{(date.Modifier is { } m ? " " + Name(m) : "")})");
        foreach (var source in node.Sources)
            text.Append($" source({source.Name} {Name(source.Kind)}{(source.Date is { } d ? " " + d : "")})");
        return text.ToString();
    }

    private static string Name<T>(T value) where T : struct, Enum =>
        System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();
}
