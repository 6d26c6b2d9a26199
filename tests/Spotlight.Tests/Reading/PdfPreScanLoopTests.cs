using static Spotlight.Tests.Reading.HostilePdfs;

namespace Spotlight.Tests.Reading;

/// <summary>
/// References that come back on themselves and page trees that loop are refused before PdfPig follows them (it
/// would recurse until the stack overflows); chains and trees that end are let through.
/// </summary>
public sealed class PdfPreScanLoopTests
{
    private const string Contents = "/Resources << /Font << /F1 5 0 R >> >> /Contents 6 0 R";
    private static readonly byte[] Content = Stream(6, "", Latin1("BT /F1 12 Tf (Hi) Tj ET"));

    /// <summary>A page whose MediaBox is object 4, followed by <paramref name="objects"/>.</summary>
    private static byte[] MediaBoxThrough(params string[] objects) =>
        Document($"/MediaBox 4 0 R {Contents}", [Content, .. objects.Select(Latin1)]);

    [Test]
    public void An_object_that_is_a_reference_to_itself_is_refused()
    {
        Assert.That(RefusalOf(MediaBoxThrough("4 0 obj 4 0 R endobj\n")), Is.EqualTo("damaged PDF: object 4 0 is a reference to itself"));
    }

    [Test]
    public void A_reference_to_a_generation_that_is_not_there_is_read_as_generation_0()
    {
        Assert.That(RefusalOf(MediaBoxThrough("4 0 obj 4 3 R endobj\n")), Is.EqualTo("damaged PDF: object 4 0 is a reference to itself"));
    }

    [TestCase("4 0 obj 7 0 R endobj\n7 0 obj 4 0 R endobj\n", "damaged PDF: objects 4 0 → 7 0 → 4 0 refer to each other in a loop")]
    [TestCase("4 0 obj 7 0 R endobj\n7 0 obj 8 0 R endobj\n8 0 obj 7 0 R endobj\n", "damaged PDF: objects 7 0 → 8 0 → 7 0 refer to each other in a loop")]
    [TestCase("4 0 obj 7 0 R endobj\n7 0 obj 8 0 R endobj\n8 0 obj 8 0 R endobj\n", "damaged PDF: object 8 0 is a reference to itself")]
    public void A_chain_of_references_that_comes_back_is_refused_with_the_loop_alone(string objects, string reason)
    {
        Assert.That(RefusalOf(MediaBoxThrough(objects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(o => o + "\n").ToArray())), Is.EqualTo(reason));
    }

    [TestCase("4 0 obj [0 0 612 792] endobj\n")]
    [TestCase("4 0 obj 7 0 R endobj\n7 0 obj [0 0 612 792] endobj\n")]
    [TestCase("4 0 obj 7 0 R endobj\n7 0 obj 8 0 R endobj\n8 0 obj [0 0 612 792] endobj\n")]
    [TestCase("4 0 obj 7 0 R endobj\n7 0 obj 9 0 R endobj\n")]
    public void A_chain_of_references_that_ends_is_let_through(string objects)
    {
        Assert.That(RefusalOf(MediaBoxThrough(objects)), Is.Null);
    }

    [Test]
    public void A_loop_through_the_first_of_two_definitions_of_an_object_is_refused()
    {
        Assert.That(RefusalOf(MediaBoxThrough("4 0 obj 4 0 R endobj\n", "4 0 obj [0 0 612 792] endobj\n")),
            Is.EqualTo("damaged PDF: object 4 0 is a reference to itself"));
    }

    /// <summary>Objects 10, 11, … each a reference to the next; the last is <paramref name="last"/>.</summary>
    private static byte[] Chain(int length, string last) =>
        MediaBoxThrough([
            "4 0 obj 10 0 R endobj\n",
            .. Enumerable.Range(10, length - 1).Select(n => $"{n} 0 obj {n + 1} 0 R endobj\n"),
            $"{10 + length - 1} 0 obj {last} endobj\n"]);

    [Test]
    public void A_loop_at_the_end_of_a_chain_longer_than_is_followed_at_once_is_refused()
    {
        Assert.That(RefusalOf(Chain(100, "109 0 R")), Is.EqualTo("damaged PDF: object 109 0 is a reference to itself"));
        Assert.That(RefusalOf(Chain(100, "[0 0 612 792]")), Is.Null);
    }

    [Test]
    public void A_chain_of_twenty_thousand_references_that_ends_is_let_through_without_exhausting_the_stack()
    {
        Assert.That(RefusalOf(Chain(20_000, "[0 0 612 792]")), Is.Null);
    }

    [Test]
    public void A_loop_held_in_an_object_stream_is_refused()
    {
        Assert.That(RefusalOf(MediaBoxThrough(ObjectStream("", "10 0 11 7", "11 0 R", "10 0 R"))),
            Is.EqualTo("damaged PDF: objects 10 0 → 11 0 → 10 0 refer to each other in a loop"));
        Assert.That(RefusalOf(MediaBoxThrough(ObjectStream("", "10 0 11 7", "11 0 R", "[0 0 9 9]"))), Is.Null);
    }

    [Test]
    public void A_loop_held_in_a_compressed_object_stream_is_refused()
    {
        var header = Latin1("10 0 11 7 ");
        var data = Deflate([.. header, .. Latin1("11 0 R 10 0 R")]);
        var holder = Stream(20, $"/Type /ObjStm /N 2 /First {header.Length} /Filter /FlateDecode", data);
        Assert.That(RefusalOf(Document($"/MediaBox 4 0 R {Contents}", Content, Latin1("4 0 obj 10 0 R endobj\n"), holder)),
            Is.EqualTo("damaged PDF: objects 10 0 → 11 0 → 10 0 refer to each other in a loop"));
    }

    [Test]
    public void An_object_stream_in_a_filter_not_decoded_here_is_not_read()
    {
        Assert.That(RefusalOf(MediaBoxThrough(ObjectStream("/Filter /LZWDecode", "10 0 11 7", "11 0 R", "10 0 R"))), Is.Null);
    }

    [Test]
    public void Pairs_before_an_offset_too_large_to_be_one_still_count()
    {
        Assert.That(RefusalOf(MediaBoxThrough(ObjectStream("", "10 0 11 7 12 99999999999", "11 0 R", "10 0 R"))),
            Is.EqualTo("damaged PDF: objects 10 0 → 11 0 → 10 0 refer to each other in a loop"));
    }

    [Test]
    public void An_object_written_in_the_file_is_read_rather_than_its_copy_in_an_object_stream()
    {
        Assert.That(RefusalOf(MediaBoxThrough("10 0 obj [0 0 612 792] endobj\n", ObjectStream("", "10 0 11 7", "11 0 R", "10 0 R"))), Is.Null);
    }

    /// <summary>Object 4 is a reference to object 10; object 20 is an object stream whose header is <paramref name="header"/>.</summary>
    private static string ObjectStream(string filter, string header, string first, string second)
    {
        string pairs = header + " ";
        string body = first.PadRight(7) + second;
        return $"4 0 obj 10 0 R endobj\n20 0 obj << /Type /ObjStm /N 2 /First {pairs.Length} {filter} /Length {pairs.Length + body.Length} >>\nstream\n{pairs}{body}\nendstream\nendobj\n";
    }

    [Test]
    public void Objects_after_streams_without_a_usable_length_are_still_found()
    {
        string unsized = "12 0 obj << >>\nstream\nBT (x) Tj ET\nendstream\nendobj\n13 0 obj << /Length 999 >>\nstream\nq Q\nendstream\nendobj\n";
        Assert.That(RefusalOf(MediaBoxThrough(unsized, unsized.Replace("12 0", "14 0").Replace("13 0", "15 0"), "4 0 obj 4 0 R endobj\n")),
            Is.EqualTo("damaged PDF: object 4 0 is a reference to itself"));
    }

    [Test]
    public void An_object_without_its_endobj_hides_none_after_it()
    {
        Assert.That(RefusalOf(MediaBoxThrough("9 0 obj << /A 1 >>\n", "4 0 obj 4 0 R endobj\n")),
            Is.EqualTo("damaged PDF: object 4 0 is a reference to itself"));
    }

    /// <summary>A catalog, the page tree's root (object 2) with <paramref name="rootKids"/>, and the /Pages nodes given.</summary>
    private static byte[] Tree(string rootKids, params string[] nodes) =>
        Objects([
            Latin1("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"),
            Latin1($"2 0 obj << /Type /Pages /Kids [{rootKids}] /Count 1 >> endobj\n"),
            Latin1($"3 0 obj << /Type /Page /MediaBox [0 0 612 792] {Contents} >> endobj\n"),
            Latin1("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"),
            Content,
            .. nodes.Select((kids, i) => Latin1($"{7 + i} 0 obj << /Type /Pages /Kids [{kids}] /Count 1 >> endobj\n"))]);

    [TestCase("3 0 R 7 0 R", new[] { "2 0 R" }, 2)]
    [TestCase("3 0 R 2 0 R", new string[0], 2)]
    [TestCase("7 0 R 8 0 R", new[] { "3 0 R", "2 0 R" }, 2)]
    [TestCase("7 0 R", new[] { "8 0 R", "7 0 R" }, 7)]
    [TestCase("7 0 R", new[] { "3 0 R 7 0 R" }, 7)]
    public void A_page_tree_that_loops_is_refused(string rootKids, string[] nodes, int ancestor)
    {
        Assert.That(RefusalOf(Tree(rootKids, nodes)), Is.EqualTo($"damaged PDF: the page tree loops (object {ancestor} 0 is its own ancestor)"));
    }

    [TestCase("3 0 R", new string[0])]
    [TestCase("7 0 R 8 0 R", new[] { "3 0 R", "3 0 R" })]
    [TestCase("7 0 R", new[] { "8 0 R", "9 0 R", "3 0 R" })]
    public void A_page_tree_that_does_not_loop_is_let_through(string rootKids, string[] nodes)
    {
        Assert.That(RefusalOf(Tree(rootKids, nodes)), Is.Null);
    }

    [Test]
    public void A_page_tree_that_loops_through_the_first_of_two_definitions_of_a_node_is_refused()
    {
        var bytes = Tree("3 0 R 7 0 R", "2 0 R");
        var again = Latin1("7 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n");
        Assert.That(RefusalOf([.. bytes, .. again]), Is.EqualTo("damaged PDF: the page tree loops (object 2 0 is its own ancestor)"));
    }
}
