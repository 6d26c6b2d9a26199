using System.Text;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// Shapes of text repeated many times: the layouts the layout pass decides, the shapes once found to take time
/// growing with the square of the input, and a report dense with citations. Each is made to about the size
/// asked, so the tests and the benchmark can set one size against four times it.
/// </summary>
public static class TextShapes
{
    private const string Header = "Spotlight on Iran\n\nMarch 3, 2019 – March 17, 2019\n\nAuthor: Dr. Jane Roe\n\nMain events of the week1\n\n";

    /// <summary>A text report of <paramref name="unit"/> repeated to <c>size</c> bytes, after the report header.</summary>
    private static PathologicalInput Text(string name, Func<int, string> unit, string header = Header) => new(name, "text", size =>
    {
        var text = new StringBuilder(size + 256).Append(header);
        for (int i = 0; text.Length < size; i++)
            text.Append(unit(i));
        return Encoding.UTF8.GetBytes(text.ToString());
    });

    public static IReadOnlyList<PathologicalInput> All { get; } =
    [
        Text("one wrapped paragraph of short lines", _ => "a\n"),
        Text("one paragraph broken at hyphens", _ => "x-\n"),
        Text("captions written twice", i => $"Caption {i} (Fars, March 5)\n\nCaption {i} (Fars, March 5)\n\n"),
        Text("one caption written again and again", _ => "Photo of a rally in Tehran (Fars, March 5)\n\n"),
        Text("paragraphs without glyphs one line apart", i => $"Report {i} said that a road was reopened (SANA, March 6).\n"),
        Text("footnotes and page lines", i => $"• Point {i} (Fars, March 5).\n045-17      {i % 99}\n\n1 A note on the figures.\n\n"),
        Text("a heading repeated", _ => "Iranian Involvement in Syria\n\n• A point (Fars, March 5).\n\n"),
        Text("an item continued after many page breaks", _ => "and it goes on\n\n", Header + "• Start of a point\n\n"),
        Text("lines of a table", i => $"{i},name {i},{i * 3.5},Tehran,\"quoted, field\",2021-11-{i % 28 + 1:00}\n", header: ""),
        Text("a repeated running header", i => $"• Point {i} (Fars, March 5).\n\nSpotlight on Iran – March 2019\n\n"),
        Text("citations on every line", i => $"► Iran's envoy met reporters (Fars, March {i % 14 + 3}) and IRNA reported (March {i % 13 + 4}) that talks went on (Tasnim, March {i % 11 + 5}).\n\n"),
        // Line breaks are written as text, no elements, and a long run of text is given to the parser as a stand-in: any size is read.
        WebParagraph("a web paragraph of many line breaks", "<br>x"),
        WebParagraph("a web paragraph of line breaks on CRLF lines", "<br>x\r\n"),
        WebParagraph("a web paragraph of words", "word "),
        // A character reference ends a run the parser reads as it stands: this one is read without stand-ins.
        WebParagraph("a web paragraph of character references", "x&amp;"),
    ];

    /// <summary>A web page of one paragraph: <paramref name="unit"/> repeated to <c>size</c> bytes.</summary>
    public static PathologicalInput WebParagraph(string name, string unit, int largestOneTimes = 4 * PathologicalInputs.MiB) => new(name, "html", size =>
    {
        var html = new StringBuilder(size + 64).Append("<html><body><article><p>");
        while (html.Length < size)
            html.Append(unit);
        return Encoding.UTF8.GetBytes(html.Append("</p></article></body></html>").ToString());
    }, LargestOneTimes: largestOneTimes);
}
