using System.Globalization;
using System.Text;
using Spotlight.Writing.Html;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// The number of events per region per month as an inline SVG bar chart drawn here (no script, no fetched library):
/// one bar per month, stacked by region in the lanes' order and colours, with a legend that links to the lanes. Each
/// piece of a bar carries its region, month and count, in a <c>&lt;title&gt;</c> for a reader and in
/// <c>data-</c> attributes for a program.
/// </summary>
public static class TimelineChart
{
    /// <summary>A region's row of the chart.</summary>
    /// <param name="Region">As the lane's <c>data-region</c> gives it: empty for events of no region.</param>
    /// <param name="Name">What the legend calls it.</param>
    /// <param name="Anchor">The lane's id, for the legend's link.</param>
    /// <param name="PerMonth">Events by month (<see cref="ChartPeriods.MonthOf"/>).</param>
    public sealed record Series(string Region, string Name, string Colour, string Anchor, int Events, IReadOnlyDictionary<int, int> PerMonth);

    private const double Left = 56, Right = 12, Top = 12, Bottom = 52, PlotHeight = 220, PlotWidth = 720;
    private const double LabelWidth = 52;

    public static void Append(StringBuilder page, IReadOnlyList<Series> series, ChartPeriods periods)
    {
        var counts = series.Select(row => Periods(row, periods)).ToList();
        var totals = new int[periods.Count];
        foreach (var row in counts)
            for (int i = 0; i < row.Length; i++)
                totals[i] += row[i];
        int step = Step(totals.Max());
        int top = (int)Math.Max(step, Math.Min(((long)totals.Max() + step - 1) / step * step, int.MaxValue));

        double slot = Math.Clamp(PlotWidth / periods.Count, 6, 48);
        double plotWidth = slot * periods.Count, barWidth = Math.Max(slot * 0.8, slot - 4);
        double width = Left + plotWidth + Right, height = Top + PlotHeight + Bottom, baseline = Top + PlotHeight;

        string per = periods.Per;
        page.Append("<figure class=\"chart\">\n<figcaption>Events per region per ").Append(per);
        if (periods.Months > 1)
            page.Append(", grouped by ").Append(per).Append(" since the events span more than ").Append(N(ChartPeriods.MaxBars)).Append(" months");
        page.Append(". An event dated by its week, month or year counts in the ").Append(periods.Months == 1 ? "month" : "period").Append(" it starts in.</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" role=\"img\" aria-label=\"Events per region per ").Append(per).Append("\" data-months-per-bar=\"").Append(N(periods.Months))
            .Append("\">\n");

        // The y axis: a grid line and a label at each step.
        page.Append("<g class=\"y-axis\">\n");
        for (long value = 0; value <= top; value += step)
        {
            double y = baseline - value * PlotHeight / top;
            page.Append("<line x1=\"").Append(N(Left)).Append("\" x2=\"").Append(N(Left + plotWidth)).Append("\" y1=\"").Append(N(y)).Append("\" y2=\"").Append(N(y))
                .Append("\" stroke=\"").Append(value == 0 ? "#868e96" : "#e9ecef").Append("\"/>")
                .Append("<text x=\"").Append(N(Left - 6)).Append("\" y=\"").Append(N(y + 4)).Append("\" text-anchor=\"end\">").Append(N(value)).Append("</text>\n");
        }
        page.Append("<text class=\"axis-title\" transform=\"translate(14 ").Append(N(Top + PlotHeight / 2)).Append(") rotate(-90)\" text-anchor=\"middle\">Events</text>\n</g>\n");

        // The bars, one group per period, empty ones too; a label under every few, as many as fit.
        int labelEvery = Math.Max(1, (int)Math.Ceiling(LabelWidth / slot));
        for (int i = 0; i < periods.Count; i++)
        {
            string label = periods.Label(i);
            double x = Left + i * slot;
            page.Append("<g class=\"period\" data-month=\"").Append(label).Append("\" data-total=\"").Append(N(totals[i])).Append("\">");
            double y = baseline;
            for (int r = 0; r < series.Count; r++)
            {
                int count = counts[r][i];
                if (count == 0)
                    continue;
                double h = count * PlotHeight / top;
                y -= h;
                page.Append("<rect class=\"bar\" x=\"").Append(N(x + (slot - barWidth) / 2)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(barWidth))
                    .Append("\" height=\"").Append(N(h)).Append("\" fill=\"").Append(series[r].Colour).Append("\" data-region=\"");
                HtmlText.AppendAttribute(page, series[r].Region);
                page.Append("\" data-month=\"").Append(label).Append("\" data-count=\"").Append(N(count)).Append("\"><title>");
                HtmlText.Append(page, series[r].Name);
                page.Append(", ").Append(label).Append(": ").Append(Count(count)).Append("</title></rect>");
            }
            if (i % labelEvery == 0)
                page.Append("<line x1=\"").Append(N(x + slot / 2)).Append("\" x2=\"").Append(N(x + slot / 2)).Append("\" y1=\"").Append(N(baseline)).Append("\" y2=\"").Append(N(baseline + 4))
                    .Append("\" stroke=\"#868e96\"/><text x=\"").Append(N(x + slot / 2)).Append("\" y=\"").Append(N(baseline + 17)).Append("\" text-anchor=\"middle\">").Append(label).Append("</text>");
            page.Append("</g>\n");
        }
        page.Append("<text class=\"axis-title\" x=\"").Append(N(Left + plotWidth / 2)).Append("\" y=\"").Append(N(height - 8)).Append("\" text-anchor=\"middle\">")
            .Append(periods.Unit).Append("</text>\n</svg>\n");

        page.Append("<ul class=\"legend\">\n");
        foreach (var row in series)
        {
            page.Append("<li data-region=\"");
            HtmlText.AppendAttribute(page, row.Region);
            page.Append("\"><a href=\"#").Append(row.Anchor).Append("\"><span class=\"swatch\" style=\"background-color: ").Append(row.Colour).Append("\"></span>");
            HtmlText.Append(page, row.Name);
            page.Append("</a> <span class=\"meta\">").Append(Count(row.Events)).Append("</span></li>\n");
        }
        page.Append("</ul>\n</figure>\n");
    }

    /// <summary>A region's events per period of the axis.</summary>
    private static int[] Periods(Series row, ChartPeriods periods)
    {
        var counts = new int[periods.Count];
        foreach (var (month, count) in row.PerMonth)
            counts[periods.IndexOf(month)] += count;
        return counts;
    }

    /// <summary>The y axis's step: 1, 2 or 5 times a power of ten, giving about five steps up to the highest bar.</summary>
    private static int Step(int highest)
    {
        for (long power = 1; ; power *= 10)
            foreach (int factor in (ReadOnlySpan<int>)[1, 2, 5])
                if (highest <= 5 * factor * power)
                    return (int)Math.Min(factor * power, int.MaxValue);
    }

    internal static string Count(int count) => count == 1 ? "1 event" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} events";

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
