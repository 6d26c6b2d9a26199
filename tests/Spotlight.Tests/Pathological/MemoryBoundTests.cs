using Spotlight.Tests.Cli;
using Spotlight.Tests.Pathological;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// How much memory a run needs, held by a heap limit (the runtime's own, as a container would set it): every
/// text shape of 8 MiB converts within a heap of 10 times its size, a paragraph joined from millions of pieces too, and
/// validates within 10 too; a web paragraph (of line breaks, of words, of references) converts within 10 too; a web page of
/// tags is refused by its count of elements; and an input too large for the heap fails alone, with a line that says so, while the batch goes on.
/// </summary>
public sealed class MemoryBoundTests : HostileDir
{
    private const int Size = 8 * PathologicalInputs.MiB;

    /// <summary>
    /// The bound: a large report is written in parts, each item and section as it is built, so what is held is the
    /// text, its line index and what is being built. Measured in a debug build, the worst need 9 times their size (a
    /// caption written twice, a paragraph of two-byte lines), a heading repeated 8, footnotes and page lines 7.6. A web
    /// paragraph: of character references 8.8 (the parser's buffer and tree hold the page's text), of words 7.3, of line
    /// breaks 6.8 to 7.0 (given to the parser as one stand-in, the paragraph is held as the page and as the tree's text).
    /// </summary>
    private const int HeapPerInputByte = 10;

    private static Dictionary<string, string> HeapLimit(long bytes) => new() { ["DOTNET_GCHeapHardLimit"] = $"0x{bytes:x}" };

    /// <summary>The shapes <see cref="A_paragraph_of_millions_of_pieces_is_one_item"/> converts, and reads back.</summary>
    private static readonly string[] OneItem = ["one paragraph broken at hyphens", "an item continued after many page breaks"];

    public static IEnumerable<TestCaseData> Shapes() =>
        TextShapes.All.Where(shape => shape.Reader == "text" && !OneItem.Contains(shape.Name))
            .Select(shape => new TestCaseData(shape).SetArgDisplayNames(shape.Name));

    [TestCaseSource(nameof(Shapes))]
    public void Converts_within_a_heap_of_ten_times_its_size(PathologicalInput shape) => _ = Converts(shape, HeapPerInputByte);

    /// <summary>
    /// A paragraph joined from millions of pieces holds its text while it is joined and the map of its pieces, four
    /// bytes a piece: it converts within the same bound, and is one item from its first line to its last.
    /// </summary>
    [TestCase("one paragraph broken at hyphens", "", "x-\n", "x-")]
    [TestCase("an item continued after many page breaks", "Start of a point", "and it goes on\n\n", " and it goes on")]
    public void A_paragraph_of_millions_of_pieces_is_one_item(string name, string start, string unit, string joined)
    {
        byte[] input = Converts(TextShapes.All.Single(shape => shape.Name == name), HeapPerInputByte);
        int units = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.UTF8.GetString(input), System.Text.RegularExpressions.Regex.Escape(unit));
        using var tree = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "shape.json")));
        var item = tree.RootElement.GetProperty("report").GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("items").EnumerateArray()).Single();
        string text = item.GetProperty("text").GetString()!;
        int lastLine = input.Count(b => b == (byte)'\n') - unit.Count(c => c == '\n') + 1;
        Assert.That(units, Is.GreaterThan(Size / unit.Length - 100));
        Assert.That((text.Length, text[..64], text[^64..], item.GetProperty("lines")[1].GetInt32()),
            Is.EqualTo((start.Length + units * joined.Length, (start + string.Concat(Enumerable.Repeat(joined, 64))).TrimStart()[..64],
                string.Concat(Enumerable.Repeat(joined, 64))[^64..], lastLine)));
    }

    private byte[] Converts(PathologicalInput shape, int heapPerInputByte)
    {
        byte[] input = shape.Make(Size);
        File.WriteAllBytes(Path.Combine(Dir, "shape.txt"), input);
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)heapPerInputByte * Size), "parse", "shape.txt", "-o", "shape.json", "--max-bytes", "16MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        // The tree is of the whole input: a caption written again and again is one figure, so the output's size says little.
        using var tree = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "shape.json")));
        var read = tree.RootElement.GetProperty("input");
        Assert.That((read.GetProperty("bytes").GetInt64(), read.GetProperty("lines").GetInt32()),
            Is.EqualTo(((long)input.Length, input.Count(b => b == (byte)'\n'))));
        return input;
    }

    [Test]
    /// <summary>A section every 60 bytes, written a section at a time, in NDJSON too: its tree alone would take 11.7 times its size.</summary>
    public void A_report_of_many_sections_is_written_in_parts_within_ten_times_its_size()
    {
        var shape = TextShapes.All.Single(shape => shape.Name == "a heading repeated");
        byte[] input = shape.Make(Size);
        File.WriteAllBytes(Path.Combine(Dir, "shape.txt"), input);
        // The summary, then a section for each heading.
        int sections = System.Text.Encoding.UTF8.GetString(input).Split("Iranian Involvement in Syria").Length;
        Assert.That(sections, Is.GreaterThan(Size / 60));
        foreach (string format in new[] { "json", "ndjson" })
        {
            var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByte * Size),
                "parse", "shape.txt", "-f", format, "-o", "shape.out", "--max-bytes", "16MiB");
            Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")), format);
            using var tree = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "shape.out")));
            var stats = tree.RootElement.GetProperty("stats");
            Assert.That((tree.RootElement.GetProperty("input").GetProperty("bytes").GetInt64(), stats.GetProperty("sections").GetInt32(),
                tree.RootElement.GetProperty("report").GetProperty("sections").GetArrayLength()),
                Is.EqualTo(((long)input.Length, sections, sections)), format);
        }
    }

    /// <summary>
    /// Validation holds the report's text, the item being checked, what the rules remember (each heading met once, a
    /// digest of each item's text, each node's first and last line) and a run of findings at a time, not the tree nor
    /// every finding: measured in a debug build, every shape validates within 9.2 times its size (two-byte lines,
    /// footnotes; hyphen breaks and a continued item 8.8, a heading repeated, with 289,259 findings, 6.5).
    /// </summary>
    private const int HeapPerInputByteValidating = 10;

    public static IEnumerable<TestCaseData> ShapesValidated() =>
        TextShapes.All.Select(shape => new TestCaseData(shape).SetArgDisplayNames(shape.Name));

    [TestCaseSource(nameof(ShapesValidated))]
    public void Validates_within_a_heap_of_ten_times_its_size(PathologicalInput shape)
    {
        byte[] input = shape.Make(Size);
        string name = shape.Reader == "html" ? "shape.html" : "shape.txt";
        File.WriteAllBytes(Path.Combine(Dir, name), input);
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByteValidating * Size),
            "validate", name, "-f", "json", "-o", "findings.json", "--max-bytes", "16MiB");
        // Exit 1 where the findings hold an error (a table has no title); the summary is all stderr says.
        Assert.That(result.ExitCode, Is.EqualTo(result.Stderr.StartsWith("checked 1 file: 0 errors,") ? 0 : 1), result.Stderr);
        Assert.That(result.Stderr, Does.Match(@"^checked 1 file: [0-9,]+ errors?, [0-9,]+ warnings?, [0-9,]+ info\n$"));
        using var findings = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "findings.json")));
        Assert.That(findings.RootElement.EnumerateArray().All(finding => finding.GetProperty("file").GetString() == name));
    }

    /// <summary>
    /// A section every 57 bytes, each heading and item written before: a finding for each, 289,259 in all, more than a
    /// run holds, so that they are sorted in runs set aside in a file and merged (held all at once, 14.7 times its size).
    /// </summary>
    [Test]
    public void A_report_of_many_sections_is_validated_a_section_at_a_time_its_findings_merged_in_line_order()
    {
        byte[] input = TextShapes.All.Single(shape => shape.Name == "a heading repeated").Make(Size);
        File.WriteAllBytes(Path.Combine(Dir, "shape.txt"), input);
        int headings = System.Text.Encoding.UTF8.GetString(input).Split("Iranian Involvement in Syria").Length - 1;
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByteValidating * Size),
            "validate", "shape.txt", "-f", "json", "-o", "findings.json", "--max-bytes", "16MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, $"checked 1 file: 0 errors, {2 * (headings - 1) + 1:N0} warnings, 0 info\n")));
        using var findings = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "findings.json")));
        var codes = findings.RootElement.EnumerateArray().Select(finding => finding.GetProperty("code").GetString()).ToList();
        // Every heading after the first is written before, and so is every item: one finding each, and the empty summary.
        Assert.That((codes.Count(c => c == "SPT011"), codes.Count(c => c == "SPT023"), codes.Count(c => c == "SPT009")),
            Is.EqualTo((headings - 1, headings - 1, 1)));
        Assert.That(codes, Has.Count.GreaterThan(4 * Spotlight.Validation.FindingsInOrder.RunLength));
        Assert.That(findings.RootElement.EnumerateArray().Select(finding => finding.GetProperty("line").GetInt32()), Is.Ordered);
    }

    /// <summary>
    /// A web page of one paragraph, of <paramref name="unit"/> again and again: every <paramref name="word"/> of it is read,
    /// in the report's title and its items.
    /// </summary>
    [TestCase("a web paragraph of many line breaks", "<br>x", "x")]
    [TestCase("a web paragraph of line breaks on CRLF lines", "<br>x\r\n", "x")]
    [TestCase("a web paragraph of words", "word ", "word")]
    [TestCase("a web paragraph of character references", "x&amp;", "x&")]
    public void A_web_paragraph_converts_within_a_heap_of_ten_times_its_size(string name, string unit, string word)
    {
        byte[] input = TextShapes.All.Single(shape => shape.Name == name).Make(Size);
        File.WriteAllBytes(Path.Combine(Dir, "shape.html"), input);
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByte * Size), "parse", "shape.html", "-o", "shape.json", "--max-bytes", "16MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        using var tree = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "shape.json")));
        Assert.That(tree.RootElement.GetProperty("input").GetProperty("bytes").GetInt64(), Is.EqualTo(input.Length));
        var report = tree.RootElement.GetProperty("report");
        var texts = report.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("text").GetString()!))
            .Append(report.GetProperty("series").GetString() ?? "");
        Assert.That(texts.Sum(text => Occurrences(text, word)), Is.EqualTo(Occurrences(System.Text.Encoding.UTF8.GetString(input), unit)));
    }

    private static int Occurrences(string text, string word)
    {
        int count = 0;
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>A page of tags would take a hundred times its size in the HTML parser's tree: it is refused by count first.</summary>
    [Test]
    public void A_web_page_of_a_million_tags_is_refused_before_it_is_parsed()
    {
        File.WriteAllBytes(Path.Combine(Dir, "shape.html"), TextShapes.WebParagraph("a web paragraph of bold words", "<b>x</b>").Make(Size));
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByte * Size), "parse", "shape.html", "r.txt", "-f", "ndjson", "--max-bytes", "16MiB", "-q");
        Assert.That(FirstLine(result.Stderr), Does.StartWith("spotlight: shape.html: HTML has more than 200,000 elements ("));
        Assert.That((result.ExitCode, Lines(result.Stdout).Length), Is.EqualTo((1, 1)));
    }

    [Test]
    public void An_input_too_large_for_the_heap_fails_alone()
    {
        File.WriteAllBytes(Path.Combine(Dir, "big.txt"), TextShapes.All[0].Make(Size));
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit(64L * PathologicalInputs.MiB), "parse", "big.txt", "r.txt", "-f", "ndjson", "-q", "-j", "1");
        Assert.That(FirstLine(result.Stderr), Is.EqualTo("spotlight: big.txt: not enough memory to parse it"));
        Assert.That((result.ExitCode, Lines(result.Stdout).Length), Is.EqualTo((1, 1)), "the seed is converted after it");
    }
}
