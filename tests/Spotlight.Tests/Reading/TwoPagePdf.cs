using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Spotlight.Tests.Reading;

/// <summary>
/// A report of two pages drawn with PdfPig: page 1 holds the header, the Syria heading and a cited item; page 2 opens
/// with the Iraq heading, then an item that cites no source on its second line of text.
/// </summary>
internal static class TwoPagePdf
{
    public static readonly string[][] Pages =
    [
        ["Spotlight on Iran", "", "November 4, 2021 – November 18, 2021", "Author: Dr. Raz Zimmt", "",
            "Iranian Involvement in Syria", "", "• An Iranian delegation visited Damascus (Fars, November 5)."],
        ["Iranian Involvement in Iraq", "", "• Iranian officials met their counterparts in Baghdad."],
    ];

    public static byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in Pages)
        {
            var page = builder.AddPage(PageSize.A4);
            double y = 780;
            foreach (string line in lines)
            {
                // An empty string is a paragraph's gap: twice the line pitch, so the reader sees a new block.
                if (line.Length == 0)
                {
                    y -= 14;
                    continue;
                }
                page.AddText(line, 11, new PdfPoint(56, y), font);
                y -= 14;
            }
        }
        return builder.Build();
    }
}
