using Spotlight.Text;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Spotlight.Tests.Reading;

/// <summary>PDFs drawn with PdfPig's writer, run by run, and the lines a reader makes of them.</summary>
internal static class BuiltPdf
{
    /// <summary>Text drawn in Helvetica at <paramref name="Size"/> points, its baseline starting at (<paramref name="X"/>, <paramref name="Y"/>).</summary>
    public sealed record Run(string Text, double Size, double X, double Y);

    /// <summary>Pages of lines, each written top to bottom in 11-point type, a line every 14 points.</summary>
    public static byte[] Pages(params string[][] pages) =>
        Drawn([.. pages.Select(lines => lines.Select((line, i) => new Run(line, 11, 72, 780 - 14 * i)).ToArray())]);

    /// <summary>Pages of runs; a page without any is blank.</summary>
    public static byte[] Drawn(params Run[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var runs in pages)
        {
            var page = builder.AddPage(595, 842);
            foreach (var run in runs)
                page.AddText(run.Text, run.Size, new PdfPoint(run.X, run.Y), font);
        }
        return builder.Build();
    }

    /// <summary>Each line of text with what the reader said of it; blank lines left out.</summary>
    public static List<(LineHint Hint, string Text)> Lines(SourceText source) =>
        Enumerable.Range(1, source.LineCount).Select(n => (source.Hint(n), source.Line(n).ToString().Trim())).Where(l => l.Item2.Length > 0).ToList();
}
