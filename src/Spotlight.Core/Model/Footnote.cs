using System.Text.Json.Serialization;
using Spotlight.Diagnostics;

namespace Spotlight.Model;

/// <summary>A footnote kept apart from the items: its mark as written ("1", "*", "[2]") and its text.</summary>
public sealed record Footnote(string Mark, string Text, LineRange Lines)
{
    /// <summary>Where the footnote's first line stands in the input file (a web page's source, a PDF's page); absent for plain text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public InputPosition? Origin { get; init; }
}
