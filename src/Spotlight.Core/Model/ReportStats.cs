namespace Spotlight.Model;

/// <summary>Counts of what the tree holds, so that scripts need not walk it.</summary>
public sealed record ReportStats(int Sections, int Items, int Figures, int Dates, int Sources)
{
    public static ReportStats Of(Report report)
    {
        int items = 0, figures = 0, dates = 0, sources = 0;
        foreach (var section in report.Sections)
        {
            items += section.Items.Length;
            figures += section.Figures.Length;
            foreach (var node in section.Nodes)
            {
                dates += node.Dates.Length;
                sources += node.Sources.Length;
            }
        }
        return new ReportStats(report.Sections.Length, items, figures, dates, sources);
    }
}
