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

    // An empty string is a paragraph's gap: its line is skipped, twice the line pitch, so the reader sees a new block.
    public static byte[] Build() =>
        BuiltPdf.Drawn([.. Pages.Select(lines => lines.Select((line, i) => new BuiltPdf.Run(line, 11, 56, 780 - 14 * i)).Where(run => run.Text.Length > 0).ToArray())]);
}
