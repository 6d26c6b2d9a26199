using Spotlight.Tests.Cli;
using Spotlight.Tests.Pathological;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// How much memory a run needs, held by a heap limit (the runtime's own, as a container would set it): every
/// text shape of 8 MiB converts within a heap of 24 times its size, a report of one long paragraph within 18 times,
/// a web paragraph of line breaks within 16 times; a web page of tags is refused by its count of elements; and an input too large for the heap fails alone, with a line that says so, while the batch goes on.
/// </summary>
public sealed class MemoryBoundTests : HostileDir
{
    private const int Size = 8 * PathologicalInputs.MiB;

    /// <summary>
    /// The bound, with room: measured, the worst shapes need 15 to 17 times their size (a section for every
    /// 57 bytes, footnotes and page lines, a paragraph of hyphen breaks; 19 in a debug build), a report dense with
    /// citations 13 times.
    /// </summary>
    private const int HeapPerInputByte = 24;

    /// <summary>
    /// A report that is one paragraph holds its text a few times over while it is joined, and no objects a line:
    /// measured, 8 to 14 times its size (a table, two-byte lines, an item continued after every page break), the same
    /// in a debug build.
    /// </summary>
    private const int HeapPerInputByteOfOneParagraph = 18;


    /// <summary>
    /// A web paragraph of line breaks, which are written as text and cost the parser's tree no element: measured,
    /// 9.6 to 9.9 times its size in a release build, 12.5 in a debug build (the page and its text in the parser's tree,
    /// then the lines written).
    /// </summary>
    private const int HeapPerInputByteOfLineBreaks = 16;

    private static Dictionary<string, string> HeapLimit(long bytes) => new() { ["DOTNET_GCHeapHardLimit"] = $"0x{bytes:x}" };

    public static IEnumerable<TestCaseData> Shapes() =>
        TextShapes.All.Where(shape => shape.Reader == "text").Select(shape => new TestCaseData(shape).SetArgDisplayNames(shape.Name));

    [TestCaseSource(nameof(Shapes))]
    public void Converts_within_a_heap_of_a_multiple_of_its_size(PathologicalInput shape)
    {
        byte[] input = shape.Make(Size);
        File.WriteAllBytes(Path.Combine(Dir, "shape.txt"), input);
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByte * Size), "parse", "shape.txt", "-o", "shape.json", "--max-bytes", "16MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        // The tree is of the whole input: a caption written again and again is one figure, so the output's size says little.
        using var tree = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "shape.json")));
        var read = tree.RootElement.GetProperty("input");
        Assert.That((read.GetProperty("bytes").GetInt64(), read.GetProperty("lines").GetInt32()),
            Is.EqualTo(((long)input.Length, input.Count(b => b == (byte)'\n'))));
    }

    /// <summary>Named, so that a shape renamed fails here rather than leaving the test.</summary>
    public static IEnumerable<TestCaseData> OneParagraphShapes() =>
        new[] { "one wrapped paragraph of short lines", "an item continued after many page breaks", "lines of a table" }
            .Select(name => TextShapes.All.Single(shape => shape.Name == name))
            .Select(shape => new TestCaseData(shape).SetArgDisplayNames(shape.Name));

    [TestCaseSource(nameof(OneParagraphShapes))]
    public void A_report_of_one_long_paragraph_converts_within_a_smaller_heap(PathologicalInput shape)
    {
        File.WriteAllBytes(Path.Combine(Dir, "shape.txt"), shape.Make(Size));
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByteOfOneParagraph * Size), "parse", "shape.txt", "-o", "shape.json", "--max-bytes", "16MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        Assert.That(new FileInfo(Path.Combine(Dir, "shape.json")).Length, Is.GreaterThan(Size / 2), "the paragraph is written whole");
    }

    [Test]
    public void A_web_paragraph_of_line_breaks_converts_within_a_heap_of_a_multiple_of_its_size()
    {
        byte[] input = TextShapes.All.Single(shape => shape.Name == "a web paragraph of many line breaks").Make(Size);
        File.WriteAllBytes(Path.Combine(Dir, "shape.html"), input);
        var result = Cli.CliRunner.Run(Dir, null, HeapLimit((long)HeapPerInputByteOfLineBreaks * Size), "parse", "shape.html", "-o", "shape.json", "--max-bytes", "16MiB");
        Assert.That((result.ExitCode, result.Stderr), Is.EqualTo((0, "")));
        using var tree = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Dir, "shape.json")));
        Assert.That(tree.RootElement.GetProperty("input").GetProperty("bytes").GetInt64(), Is.EqualTo(input.Length));
        Assert.That(tree.RootElement.GetProperty("report").GetProperty("series").GetString(), Is.EqualTo("x"), "the paragraph's lines are read");
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
