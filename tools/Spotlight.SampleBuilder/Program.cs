using System.Text;
using Spotlight.SampleBuilder;

// Usage: Spotlight.SampleBuilder SAMPLES_DIR [--check]
//   Rewrites NAME.html and NAME.pdf next to NAME.txt for each sample in Samples.All, then reads
//   them back and compares their words with the text. With --check nothing is written: the
//   existing twins are compared and every PDF page's words are printed.
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

    if (!check)
    {
        File.WriteAllText(htmlPath, HtmlTwin.Build(blocks, sample.Html), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        PdfLayout pdf;
        try
        {
            pdf = PdfTwin.Build(blocks);
        }
        catch (FileNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
        File.WriteAllBytes(pdfPath, pdf.Bytes);
        Console.WriteLine($"{htmlPath} ({new FileInfo(htmlPath).Length} bytes)");
        Console.WriteLine($"{pdfPath} ({pdf.Bytes.Length} bytes, {pdf.Pages} pages)");
        foreach (var crossing in pdf.Crossings)
        {
            Console.WriteLine($"  across pages: {crossing}");
        }
        if (pdf.Crossings.Count == 0)
        {
            Console.Error.WriteLine($"error: no paragraph of {sample.Name} runs across a page break");
            failures++;
        }
    }

    var expected = TwinCheck.ExpectedWords(blocks);
    // The HTML list section carries no glyphs, so glyph tokens are left out of that comparison.
    var htmlDiff = TwinCheck.Compare(expected, TwinCheck.HtmlWords(htmlPath), ignoreGlyphs: true);
    var pdfDiff = TwinCheck.Compare(expected, TwinCheck.PdfWords(pdfPath, check ? Console.Out : null), ignoreGlyphs: false);
    foreach (var (kind, diff) in new[] { ("html", htmlDiff), ("pdf", pdfDiff) })
    {
        Console.WriteLine(diff is null
            ? $"  {kind} words match the text ({expected.Count} words)"
            : $"  {kind} words differ from the text at {diff}");
        failures += diff is null ? 0 : 1;
    }
}
return failures == 0 ? 0 : 1;
