using System.Globalization;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>The columns of each CSV table, exactly as the contract names them, and the rows of one report.</summary>
internal static class CsvRows
{
    public static string[] Header(CsvTable table) => table switch
    {
        CsvTable.Items => ["file", "series", "period_start", "period_end", "section_id", "section_heading", "region", "id", "kind",
            "line_start", "line_end", "text", "dates", "sources"],
        CsvTable.Sources => ["file", "section_id", "id", "name", "outlet", "kind", "platform", "date", "line"],
        CsvTable.Dates => ["file", "section_id", "id", "text", "value", "granularity", "modifier", "relative", "line"],
        CsvTable.Footnotes => ["file", "mark", "text", "line_start", "line_end"],
        CsvTable.Furniture => ["file", "kind", "text", "line_start", "line_end"],
        _ => ["file", "section_id", "kind", "heading", "region", "line_start", "line_end", "items", "figures"],
    };

    public static IEnumerable<string?[]> Of(ReportTree document, CsvTable table)
    {
        string file = document.Input.Path;
        var report = document.Report;
        if (table == CsvTable.Footnotes)
        {
            foreach (var note in report.Footnotes ?? [])
                yield return [file, note.Mark, note.Text, Number(note.Lines.First), Number(note.Lines.Last)];
            yield break;
        }
        if (table == CsvTable.Furniture)
        {
            foreach (var line in report.Furniture ?? [])
                yield return [file, TreeNames.Of(line.Kind), line.Text, Number(line.Lines.First), Number(line.Lines.Last)];
            yield break;
        }
        foreach (var section in report.Sections)
        {
            if (table == CsvTable.Sections)
            {
                yield return [file, section.Id, TreeNames.Of(section.Kind), section.Heading, section.Region, Number(section.Lines.First),
                    Number(section.Lines.Last), Number(section.Items.Length), Number(section.Figures.Length)];
                continue;
            }
            foreach (var node in section.Nodes)
            {
                string kind = node is Figure ? "figure" : "item";
                switch (table)
                {
                    case CsvTable.Items:
                        yield return [file, report.Series, TreeNames.Of(report.Period?.Start), TreeNames.Of(report.Period?.End), section.Id, section.Heading,
                            section.Region, node.Id, kind, Number(node.Lines.First), Number(node.Lines.Last), node.Text,
                            string.Join(';', node.Dates.Select(d => d.Value)), string.Join(';', node.Sources.Select(s => s.Name))];
                        break;
                    case CsvTable.Sources:
                        foreach (var source in node.Sources)
                            yield return [file, section.Id, node.Id, source.Name, source.Outlet, TreeNames.Of(source.Kind), TreeNames.Of(source.Platform),
                                source.Date, Number(node.LineAt(source.Start))];
                        break;
                    case CsvTable.Dates:
                        foreach (var date in node.Dates)
                            yield return [file, section.Id, node.Id, date.Text, date.Value, TreeNames.Of(date.Granularity), TreeNames.Of(date.Modifier),
                                date.Relative ? "true" : "false", Number(node.LineAt(date.Start))];
                        break;
                }
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

}
