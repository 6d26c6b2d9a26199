using System.Text.Json.Serialization;

namespace Spotlight.Diagnostics;

/// <summary>
/// Where a node or a finding stands in the input file as its user opens it, where that differs from the normalised
/// text that <c>lines</c>, <c>line</c> and <c>column</c> count in: for a web page, the line and column (1-based) of
/// the element its text was read from in the page's source; for a PDF, the page and the line on that page (counting
/// the lines of text the page shows, 1-based) with the column in that line. Plain text has none: its lines are the
/// normalised ones.
/// </summary>
/// <param name="Page">The 1-based page of a PDF; absent for a web page.</param>
public sealed record InputPosition(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    int Line,
    int Column)
{
    /// <summary>As a person says it: "page 2, line 14, column 3" or "line 120, column 5".</summary>
    public override string ToString() => Page is { } page ? $"page {page}, line {Line}, column {Column}" : $"line {Line}, column {Column}";
}
