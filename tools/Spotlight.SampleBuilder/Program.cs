using System.Text;
using Spotlight.SampleBuilder;

// Usage: Spotlight.SampleBuilder SAMPLES_DIR [--check]
//   Rewrites the twins of each sample in Samples.All (NAME.html and/or NAME.pdf next to NAME.txt,
//   as the sample has them), then reads them back and compares their words with the text. With
//   --check nothing is written: the existing twins are compared and every PDF page's words are printed.
var check = args.Contains("--check");
var folders = args.Where(a => a != "--check").ToList();
if (folders.Count != 1 || !Directory.Exists(folders[0]))
{
    Console.Error.WriteLine("usage: Spotlight.SampleBuilder SAMPLES_DIR [--check]");
    return 2;
}
var samplesDir = folders[0];

int failures = 0;
foreach (var sample in Samples.All)
{
    var textPath = Path.Combine(samplesDir, sample.Name + ".txt");
    var htmlPath = Path.Combine(samplesDir, sample.Name + ".html");
    var pdfPath = Path.Combine(samplesDir, sample.Name + ".pdf");
    var blocks = SampleText.Read(textPath);

    if (!check && sample.Html is not null)
    {
        File.WriteAllText(htmlPath, HtmlTwin.Build(blocks, sample.Html), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"{htmlPath} ({new FileInfo(htmlPath).Length} bytes)");
    }
    if (!check && sample.Pdf is { } style)
    {
        PdfLayout pdf;
        try
        {
            pdf = PdfTwin.Build(blocks, style);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        File.WriteAllBytes(pdfPath, pdf.Bytes);
        Console.WriteLine($"{pdfPath} ({pdf.Bytes.Length} bytes, {pdf.Pages} pages)");
        foreach (var crossing in pdf.Crossings)
        {
            Console.WriteLine($"  across pages: {crossing}");
        }
        foreach (var end in pdf.PageEnds)
        {
            Console.WriteLine($"  foot of {end}");
        }
        if (pdf.Crossings.Count == 0)
        {
            Console.Error.WriteLine($"error: no paragraph of {sample.Name} runs across a page break");
            failures++;
        }
    }

    var diffs = new List<(string Kind, int Words, string? Diff)>();
    if (sample.Html is not null)
    {
        // The HTML list section carries no glyphs, so glyph tokens are left out of that comparison.
        var expected = TwinCheck.ExpectedWords(blocks, TwinKind.Html);
        diffs.Add(("html", expected.Count, TwinCheck.Compare(expected, TwinCheck.HtmlWords(htmlPath), ignoreGlyphs: true)));
        var site = TwinCheck.ExpectedSiteWords(blocks);
        diffs.Add(("html site text", site.Count, TwinCheck.Compare(site, TwinCheck.HtmlSiteWords(htmlPath), ignoreGlyphs: false)));
    }
    if (sample.Pdf is { } pdfStyle)
    {
        var kind = pdfStyle == PdfStyle.TextLines ? TwinKind.PdfLines : TwinKind.PdfFlow;
        var expected = TwinCheck.ExpectedWords(blocks, kind);
        diffs.Add(("pdf", expected.Count, TwinCheck.Compare(expected, TwinCheck.PdfWords(pdfPath, check ? Console.Out : null, kind), ignoreGlyphs: false)));
    }
    foreach (var (kind, count, diff) in diffs)
    {
        if (kind == "html site text" && count == 0 && diff is null)
        {
            continue;
        }
        Console.WriteLine(diff is null
            ? $"  {kind} words match the text ({count} words)"
            : $"  {kind} words differ from the text at {diff}");
        failures += diff is null ? 0 : 1;
    }
}
return failures == 0 ? 0 : 1;
