using System.Text;

namespace Spotlight.Tests.Pathological;

/// <summary>One kind of hostile input, made at any size, with the reader that takes it.</summary>
/// <param name="Make">The input of about the given number of bytes.</param>
/// <param name="SmallestOneTimes">The smallest size the growth tests take as 1×: a shape made of large blocks needs two.</param>
/// <param name="LargestOneTimes">The largest size the growth tests take as 1×: four times it must still be read, not refused.</param>
public sealed record PathologicalInput(string Name, string Reader, Func<int, byte[]> Make,
    int SmallestOneTimes = 16 * 1024, int LargestOneTimes = 4 * PathologicalInputs.MiB);

/// <summary>
/// Inputs built to find the quadratic corners of the pipeline: one endless line, a flood of bullets,
/// runs of open parentheses or month names, HTML nested ten thousand deep, a PDF that claims more pages
/// than it has. Shared by the tests (at the sizes the issue names) and the benchmark that times them at
/// 1 MB and 10 MB.
/// </summary>
public static class PathologicalInputs
{
    public const int MiB = 1024 * 1024;

    private const string Header = "Spotlight on Iran\nNovember 4, 2021 – November 18, 2021\nAuthor: Dr. Raz Zimmt\n\nOverview\n\n";

    public static PathologicalInput LongLine { get; } = new("one long line", "text", size =>
        Repeat("", "Iran's envoy met al-Alam reporters (Fars, November 15) and IRNA reported (November 10) that ", size));

    private const string Bullet = "► Tehran hosted a delegation from Damascus (Fars, November 5).\n";

    public static PathologicalInput Bullets { get; } = new("bullets", "text", size => BulletReport(size / Encoding.UTF8.GetByteCount(Bullet)));

    /// <summary>A report of one summary holding <paramref name="count"/> bullets.</summary>
    public static byte[] BulletReport(int count) =>
        Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Repeat(Bullet, count)));

    public static PathologicalInput OpenParentheses { get; } = new("open parentheses", "text", size =>
        Repeat(Header + "► ", "(", size));

    public static PathologicalInput MonthNames { get; } = new("month names", "text", size =>
        Repeat(Header + "► ", "January February March April May June July August September October November December ", size));

    /// <summary>Blocks of ten thousand unclosed levels, one after another.</summary>
    public static PathologicalInput DeepHtml { get; } = new("deep HTML", "html", size =>
    {
        var html = new StringBuilder("<html><body><h1>Spotlight on Iran</h1><p>November 4, 2021 – November 18, 2021</p><h2>Overview</h2>");
        string block = string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>► Tehran hosted a delegation (Fars, November 5).</p>"
            + string.Concat(Enumerable.Repeat("</div>", 10_000));
        do
            html.Append(block);
        while (html.Length < size);
        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }, SmallestOneTimes: 200_000, LargestOneTimes: 200_000); // two blocks of 110 kB, and four times it eight: under HtmlReportReader.MaxElements

    /// <summary>A PDF whose page tree says it has 100,000 pages; it holds as many pages of text (about 330 bytes each) as fill the size.</summary>
    public static PathologicalInput PdfClaimingPages { get; } = new("PDF claiming 100,000 pages", "pdf", size =>
        ClaimingPdf(Math.Max(1, size / 330), claimed: 100_000));

    public static IReadOnlyList<PathologicalInput> All { get; } = [LongLine, Bullets, OpenParentheses, MonthNames, DeepHtml, PdfClaimingPages];

    /// <summary>0 → a, 25 → z, 26 → ba: a number in letters.</summary>
    private static string Letters(int number)
    {
        string letters = "";
        do
        {
            letters = (char)('a' + number % 26) + letters;
            number /= 26;
        }
        while (number > 0);
        return letters;
    }

    private static byte[] Repeat(string head, string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length).Append(head);
        while (text.Length < size)
            text.Append(unit);
        return Encoding.UTF8.GetBytes(text.Append('\n').ToString());
    }

    /// <summary>A PDF of <paramref name="pages"/> pages of report text whose page tree claims <paramref name="claimed"/>.</summary>
    public static byte[] ClaimingPdf(int pages, int claimed)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{4 + 2 * p} 0 R"))}] /Count {claimed} >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        for (int page = 0; page < pages; page++)
        {
            string title = page == 0 ? "(Spotlight on Iran) Tj 0 -14 Td (November 4, 2021 - November 18, 2021) Tj 0 -28 Td " : "";
            // Lines alike but for their digits would be taken for a running header, so each page is told apart by letters.
            string content = $"BT /F1 11 Tf 72 740 Td {title}(* Tehran hosted delegation {Letters(page)} from Damascus \\(Fars, November 5\\).) Tj ET";
            objects.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * page} 0 R >>");
            objects.Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        }
        return Pdf(objects);
    }

    /// <summary>A PDF of <paramref name="objects"/>, numbered from 1 (the first the catalog), with its cross-reference table.</summary>
    public static byte[] Pdf(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (int offset in offsets)
            pdf.Append(offset.ToString("D10")).Append(" 00000 n \n");
        pdf.Append("trailer\n<< /Size ").Append(objects.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
