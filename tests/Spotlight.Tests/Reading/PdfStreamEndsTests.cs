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
}
