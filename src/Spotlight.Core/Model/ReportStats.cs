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
            foreach (var item in section.Items)
            {
                dates += item.Dates.Length;
                sources += item.Sources.Length;
            }
            foreach (var figure in section.Figures)
            {
                dates += figure.Dates.Length;
                sources += figure.Sources.Length;
            }
        }
        return new ReportStats(report.Sections.Length, items, figures, dates, sources);
    }
}
