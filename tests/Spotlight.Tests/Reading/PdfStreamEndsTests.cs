using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>Where the pre-scan takes a stream's data to end: where PdfPig does, or, without a length it can use, no sooner.</summary>
public sealed class PdfStreamEndsTests
{
    private const string TwoStreams = "1 0 obj << /Length 2 >>\nstream\nAB\nendstream\nendobj\n2 0 obj << >>\nstream\nCD\nendstream\nendobj\n3 0 obj 7\nendobj\n";

    [Test]
    public void A_length_followed_by_endstream_is_used()
    {
        var ends = new PdfStreamEnds(TwoStreams);
        int data = ends.DataStart(TwoStreams.IndexOf("stream", StringComparison.Ordinal));
        Assert.That(TwoStreams[data..(data + 2)], Is.EqualTo("AB"));
        Assert.That(ends.Fits(data, 2), Is.True);
        Assert.That(ends.Fits(data, 3), Is.True, "the line end taken into the data");
        Assert.That(ends.Fits(data, 4), Is.False);
    }

    [Test]
    public void Without_a_usable_length_the_data_runs_over_the_streams_after_it()
    {
        // An endobj one byte after an endstream goes unseen: the first seen is the one after "3 0 obj 7".
        var ends = new PdfStreamEnds(TwoStreams);
        int data = ends.DataStart(TwoStreams.IndexOf("stream", StringComparison.Ordinal));
        Assert.That(ends.End(data), Is.EqualTo(TwoStreams.LastIndexOf("endstream", StringComparison.Ordinal)));
    }

    [TestCase("stream\nAB", "AB")]
    [TestCase("stream\r\nAB", "AB")]
    [TestCase("stream\rAB", "AB")]
    [TestCase("stream  \nAB", "AB")]
    [TestCase("stream\n\nAB", "\nAB")]
    [TestCase("stream", "")]
    [TestCase("stream\r", "")]
    public void The_data_starts_after_the_line_end_that_follows_stream(string text, string data)
    {
        Assert.That(text[new PdfStreamEnds(text).DataStart(0)..], Is.EqualTo(data));
    }

    [TestCase("AB\r\nendstream", 2, true)]
    [TestCase("AB\n\nendstream", 2, true)]
    [TestCase("AB\r\n\nendstream", 2, false)]
    [TestCase("ABendstream", 2, true)]
    [TestCase("ABendstream", 1, false)]
    [TestCase("ABendstrea", 2, false)]
    [TestCase("ABendstream", -1, false)]
    [TestCase("AB", 2, false)]
    [TestCase("AB", 1, false)]
    public void A_length_fits_where_endstream_follows_it_after_at_most_two_line_ends(string text, long length, bool fits)
    {
        Assert.That(new PdfStreamEnds(text).Fits(0, length), Is.EqualTo(fits));
    }

    [TestCase("AB\nendstream\n", "AB\n")]
    [TestCase("AB\nendstream", "AB\n")]
    [TestCase("AB\nendstreamX\nendstream\n", "AB\nendstreamX\n")]
    [TestCase("AB", "AB")]
    [TestCase("AB\nendobj\nCD\nendstream\nendobj", "AB\nendobj\nCD\n")]
    [TestCase("AB\nendobj\nCD\nendstream\n\nendobj\nEF\nendstream\n", "AB\nendobj\nCD\n")]
    [TestCase("AB\nendobj\nCD\nendobj\nendstream\n", "AB\n")]
    [TestCase("AB\nendstream\n\nendobj\nCD\nendstream\n", "AB\n")]
    [TestCase("AB\nendstream endobj\nCD\nendstream\n", "AB\nendstream endobj\nCD\n")]
    public void Without_a_length_the_data_runs_to_the_last_endstream_before_the_endobj_taken_for_its_end(string text, string data)
    {
        Assert.That(text[..new PdfStreamEnds(text).End(0)], Is.EqualTo(data));
    }
}
