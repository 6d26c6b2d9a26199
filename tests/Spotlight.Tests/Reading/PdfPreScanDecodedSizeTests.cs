using Spotlight.Reading;
using static Spotlight.Tests.Reading.HostilePdfs;

namespace Spotlight.Tests.Reading;

/// <summary>
/// The file's streams may inflate to 64 times its size, 16 MB at the least and 512 MB at the most: every Flate
/// layer counts, however the filter is written, a stream in a filter not decoded here counts as its length, and
/// the budget exactly spent is let through.
/// </summary>
public sealed class PdfPreScanDecodedSizeTests
{
    private const int Budget = 16 << 20;

    private static string Refusal(int stream, int megabytes = 16) =>
        $"PDF decodes to more than {megabytes} MB: stream {stream} 0 inflates past the budget of 64× the file's size";

    private static readonly Dictionary<int, byte[]> Zeros = [];

    /// <summary><paramref name="length"/> zero bytes deflated (remembered: deflating 16 MB takes a while).</summary>
    private static byte[] DeflatedZeros(int length)
    {
        lock (Zeros)
        {
            if (!Zeros.TryGetValue(length, out var deflated))
                Zeros[length] = deflated = Deflate(new byte[length]);
            return deflated;
        }
    }

    /// <summary>A catalog and no stream: the budget is the streams' given to each test alone.</summary>
    private static byte[] Plain() => Objects(Latin1("1 0 obj << /Type /Catalog >> endobj\n"));

    private static byte[] With(params byte[][] streams) => [.. Plain(), .. streams.SelectMany(s => s)];

    [TestCase(0, 16L << 20)]
    [TestCase(262_144, 16L << 20)]
    [TestCase(262_145, (16L << 20) + 64)]
    [TestCase(1_000_000, 64_000_000)]
    [TestCase(8L << 20, 512L << 20)]
    [TestCase((8L << 20) + 1, 512L << 20)]
    [TestCase(1L << 40, 512L << 20)]
    public void The_budget_is_64_times_the_file_within_16_and_512_MB(long length, long budget)
    {
        Assert.That(PdfPreScan.DecodedCapFor(length), Is.EqualTo(budget));
    }

    [Test]
    public void A_stream_inflating_to_the_budget_is_let_through_and_one_byte_more_refused()
    {
        Assert.That(RefusalOf(With(Stream(20, "/Filter /FlateDecode", DeflatedZeros(Budget)))), Is.Null);
        Assert.That(RefusalOf(With(Stream(20, "/Filter /FlateDecode", DeflatedZeros(Budget + 1)))), Is.EqualTo(Refusal(20)));
    }

    [Test]
    public void The_streams_of_a_file_share_one_budget()
    {
        var half = DeflatedZeros(Budget / 2);
        Assert.That(RefusalOf(With(Stream(20, "/Filter /FlateDecode", half), Stream(21, "/Filter /FlateDecode", half))), Is.Null);
        Assert.That(RefusalOf(With(Stream(20, "/Filter /FlateDecode", half), Stream(21, "/Filter /FlateDecode", DeflatedZeros(Budget / 2 + 1)))),
            Is.EqualTo(Refusal(21)));
    }

    [Test]
    public void A_stream_in_a_filter_not_decoded_here_counts_as_its_length()
    {
        var rest = DeflatedZeros(Budget - 1000);
        Assert.That(RefusalOf(With(Stream(20, "/Filter /DCTDecode", new byte[1000]), Stream(21, "/Filter /FlateDecode", rest))), Is.Null);
        Assert.That(RefusalOf(With(Stream(20, "/Filter /DCTDecode", new byte[1001]), Stream(21, "/Filter /FlateDecode", rest))), Is.EqualTo(Refusal(21)));
        Assert.That(RefusalOf(With(Stream(20, "", new byte[1001]), Stream(21, "/Filter /FlateDecode", rest))), Is.EqualTo(Refusal(21)));
    }

    [TestCase("/Filter [/FlateDecode /FlateDecode]", "")]
    [TestCase("/Filter [/Fl /Fl]", "")]
    [TestCase("/Filter [/Flate#44ecode /FlateDecode]", "")]
    [TestCase("/Filter 9 0 R", "9 0 obj [/FlateDecode /FlateDecode] endobj\n")]
    [TestCase("/Filter [/FlateDecode /FlateDecode /DCTDecode]", "")]
    public void Every_flate_layer_counts_however_the_filter_is_written(string filter, string filterObject)
    {
        var twice = Deflate(DeflatedZeros(Budget + 1));
        Assert.That(RefusalOf(With(Stream(20, filter, twice), Latin1(filterObject))), Is.EqualTo(Refusal(20)));
    }

    [TestCase("/Filter /Fl", "")]
    [TestCase("/Filter 9 0 R", "9 0 obj /FlateDecode endobj\n")]
    [TestCase("/Filter 9 0 R", "9 0 obj [/FlateDecode] endobj\n")]
    [TestCase("/Filter [/FlateDecode /ASCIIHexDecode]", "")]
    public void A_flate_filter_named_any_way_is_inflated(string filter, string filterObject)
    {
        Assert.That(RefusalOf(With(Stream(20, filter, DeflatedZeros(Budget + 1)), Latin1(filterObject))), Is.EqualTo(Refusal(20)));
    }

    [Test]
    public void A_flate_layer_behind_a_filter_not_decoded_here_is_not_inflated()
    {
        Assert.That(RefusalOf(With(Stream(20, "/Filter [/ASCIIHexDecode /FlateDecode]", DeflatedZeros(Budget + 1)))), Is.Null);
    }

    [Test]
    public void The_budget_is_64_times_the_size_of_a_larger_file()
    {
        // 300,000 bytes: 19,200,000 decoded bytes, written in whole megabytes as 18.
        Assert.That(RefusalOf(Padded(Stream(20, "/Filter /FlateDecode", DeflatedZeros(19_200_001)), 300_000)), Is.EqualTo(Refusal(20, megabytes: 18)));
        Assert.That(RefusalOf(Padded(Stream(20, "/Filter /FlateDecode", DeflatedZeros(19_200_000)), 300_000)), Is.Null);
    }

    /// <summary>The plain document, a comment, and <paramref name="stream"/>: <paramref name="size"/> bytes in all.</summary>
    private static byte[] Padded(byte[] stream, int size)
    {
        byte[] file = [.. Plain(), .. Latin1("%" + new string('x', size - With(stream).Length - 2) + "\n"), .. stream];
        Assert.That(file, Has.Length.EqualTo(size));
        return file;
    }

    [Test]
    public void A_page_whose_content_inflates_within_the_budget_is_read_however_much_the_file_decoded_before()
    {
        var content = Stream(6, "/Filter /FlateDecode", DeflatedZeros(10 << 20));
        Assert.That(RefusalOf(Document("/Contents 6 0 R", content)), Is.Null);
    }
}
