using Spotlight.Model;

namespace Spotlight.Writing.Html;

/// <summary>One line of the index of a folder of report pages: the page, its input, and what the report holds.</summary>
/// <param name="Page">The page's path from the index, with '/' between folders, as written (not yet a URL).</param>
/// <param name="Stats">Null when the page was not written by this run (kept from an earlier one) or the input failed.</param>
/// <param name="Problem">Why the input has no page, or null.</param>
public sealed record PageListing(string Page, string Input, string? Series, Period? Period, ReportStats? Stats, int Diagnostics, string? Problem)
{
    public static PageListing Of(ReportTree tree, string page) =>
        new(page, tree.Input.Path, tree.Report.Series, tree.Report.Period, tree.Stats, tree.Diagnostics.Length, null);
}
