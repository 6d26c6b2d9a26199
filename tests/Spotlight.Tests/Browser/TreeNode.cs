using System.Text.Json;

namespace Spotlight.Tests.Browser;

/// <summary>
/// An item or a figure of a JSON tree, its mentions each told as one line of their values and text, in the words
/// <see cref="PageNode"/> tells the page's marks, so that the two compare as lists of strings.
/// </summary>
internal sealed record TreeNode(string Id, string Text, IReadOnlyList<string> Dates, IReadOnlyList<string> Sources)
{
    public static IReadOnlyList<TreeNode> AllIn(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var nodes = new List<TreeNode>();
        foreach (var section in document.RootElement.GetProperty("report").GetProperty("sections").EnumerateArray())
        {
            foreach (var item in section.GetProperty("items").EnumerateArray())
                nodes.Add(Read(item, "text"));
            foreach (var figure in section.GetProperty("figures").EnumerateArray())
                nodes.Add(Read(figure, "caption"));
        }
        return nodes;
    }

    /// <summary>"2021-11-07 day early - «in early November»": value, granularity, modifier, relative, the text marked.</summary>
    public static string DescribeDate(string value, string granularity, string? modifier, bool relative, string text) =>
        $"{value} {granularity} {modifier ?? "-"} {(relative ? "relative" : "-")} «{text}»";

    /// <summary>"citation Fars News Agency - 2021-11-07 «Fars, November 7»": kind, outlet, platform, date, the text marked.</summary>
    public static string DescribeSource(string kind, string? outlet, string? platform, string? date, string text) =>
        $"{kind} {outlet ?? "-"} {platform ?? "-"} {date ?? "-"} «{text}»";

    private static TreeNode Read(JsonElement node, string textName)
    {
        var dates = node.GetProperty("dates").EnumerateArray()
            .Select(date => DescribeDate(date.GetProperty("value").GetString()!, date.GetProperty("granularity").GetString()!,
                date.GetProperty("modifier").GetString(), date.GetProperty("relative").GetBoolean(), date.GetProperty("text").GetString()!));
        var sources = node.GetProperty("sources").EnumerateArray()
            .Select(source => DescribeSource(source.GetProperty("kind").GetString()!, source.GetProperty("outlet").GetString(),
                source.GetProperty("platform").GetString(), source.GetProperty("date").GetString(), source.GetProperty("text").GetString()!));
        return new TreeNode(node.GetProperty("id").GetString()!, node.GetProperty(textName).GetString()!,
            [.. dates.Order(StringComparer.Ordinal)], [.. sources.Order(StringComparer.Ordinal)]);
    }
}
