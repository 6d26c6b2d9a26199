using Spotlight.Diagnostics;
using System.Text.Json.Serialization;

namespace Spotlight.Model;

/// <summary>A line that belongs to the page or the site, not to the report: kept, so that nothing is lost silently.</summary>
public sealed record Furniture
{
    public Furniture(FurnitureKind kind, string text, LineRange lines)
    {
        Kind = kind;
        // The gap a layout leaves between a document number and the page number is the converter's: "078-18" and
        // "1" read from the PDF, or 54 spaces apart in its text copy, are the same line.
        Text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Lines = lines;
    }

    public FurnitureKind Kind { get; init; }

    /// <summary>The line's words, one space apart.</summary>
    public string Text { get; init; }

    public LineRange Lines { get; init; }

    /// <summary>Where the line stands in the input file (a web page's source, a PDF's page); absent for plain text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputPosition? Origin { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<FurnitureKind>))]
public enum FurnitureKind
{
    /// <summary>A line repeated at the top or foot of pages, the title written again among them.</summary>
    [JsonStringEnumMemberName("running-header")] RunningHeader,
    /// <summary>A page number alone ("3", "- 3 -", "Page 3 of 9").</summary>
    [JsonStringEnumMemberName("page-number")] PageNumber,
    /// <summary>A document number with the page number ("045-17      3").</summary>
    [JsonStringEnumMemberName("document-number")] DocumentNumber,
    /// <summary>Text of the site around a repost, above the title ("Tag Archives: Iran", a breadcrumb).</summary>
    [JsonStringEnumMemberName("site-text")] SiteText,
    /// <summary>A line of the header that is neither the title, the period nor an author line.</summary>
    [JsonStringEnumMemberName("header-text")] HeaderText,
    /// <summary>Marks alone on a line: "**" left where emphasis was opened or closed, or a bullet glyph with no text after it.</summary>
    [JsonStringEnumMemberName("markup")] Markup,
}
