using System.Text;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Reading;

/// <summary>
/// What a reader gives for each line, as one string a line: its hint, its place in the input, the marker its
/// page draws before it, and its text ("Heading@2:1 Spotlight on Iran", "ListItem@3:5 [•] Iran sent aid");
/// a blank line is "".
/// </summary>
internal static class ReadLines
{
    public static SourceText Html(string page) => new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page));

    public static string[] Of(SourceText source) =>
        [.. Enumerable.Range(1, source.LineCount).Select(n => Describe(source, n))];

    public static string[] OfHtml(string page) => Of(Html(page));

    private static string Describe(SourceText source, int n)
    {
        string text = source.Line(n).ToString();
        if (text.Length == 0)
            return "";
        string place = source.InputPositionOf(n, 1) is { } at ? $"@{at.Line}:{at.Column}" : "";
        string marker = source.ListMarker(n) is { } m ? $"[{m}] " : "";
        return $"{source.Hint(n)}{place} {marker}{text}";
    }
}
