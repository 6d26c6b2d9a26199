using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>The bytes reach the stream whole and in order, a chunk at a time, and a value longer than a chunk still fits.</summary>
public sealed class StreamBufferWriterTests
{
    /// <summary>A stream that records the length of each write it is given.</summary>
    private sealed class RecordingStream : MemoryStream
    {
        public List<int> Writes { get; } = [];

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes.Add(count);
            base.Write(buffer, offset, count);
        }
    }

    [Test]
    public void Bytes_go_out_a_chunk_at_a_time_and_the_rest_on_flush()
    {
        // A chunk of 10 is held in a pooled buffer of 16: the chunk, not the buffer, decides when bytes go out.
        using var stream = new RecordingStream();
        using var writer = new StreamBufferWriter(stream, chunkSize: 10);
        for (int i = 0; i < 25; i++)
        {
            writer.GetSpan(1)[0] = (byte)i;
            writer.Advance(1);
        }
        Assert.That(stream.Writes, Is.EqualTo(new[] { 10, 10 }), "a full chunk goes out as it fills, the rest waits");
        writer.Flush();
        writer.Flush();
        Assert.That(stream.Writes, Is.EqualTo(new[] { 10, 10, 5 }), "a flush with nothing held writes nothing");
        Assert.That(stream.ToArray(), Is.EqualTo(Enumerable.Range(0, 25).Select(i => (byte)i).ToArray()));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_value_longer_than_a_chunk_gets_a_buffer_that_holds_it(bool asMemory)
    {
        using var stream = new RecordingStream();
        using var writer = new StreamBufferWriter(stream, chunkSize: 16);
        writer.GetSpan(10)[..10].Fill(1);
        writer.Advance(10);
        Span<byte> span = asMemory ? writer.GetMemory(40).Span : writer.GetSpan(40);
        Assert.That(span.Length, Is.GreaterThanOrEqualTo(40));
        span[..40].Fill(2);
        writer.Advance(40);
        Assert.That(stream.Writes, Is.EqualTo(new[] { 10, 40 }), "what was held goes out before the buffer grows");
        Assert.That(stream.ToArray(), Is.EqualTo(Enumerable.Repeat((byte)1, 10).Concat(Enumerable.Repeat((byte)2, 40)).ToArray()));
    }

    [Test]
    public void A_request_that_fits_what_is_left_of_the_chunk_writes_nothing_yet()
    {
        using var stream = new RecordingStream();
        using var writer = new StreamBufferWriter(stream, chunkSize: 16);
        writer.GetSpan(15)[..15].Fill(3);
        writer.Advance(15);
        Assert.That(writer.GetMemory(1).Length, Is.EqualTo(1));
        Assert.That(writer.GetSpan().Length, Is.EqualTo(1), "no size asked for is a size of one");
        Assert.That(stream.Writes, Is.Empty);
        writer.GetSpan(2);
        Assert.That(stream.Writes, Is.EqualTo(new[] { 15 }), "a request larger than what is left sends what is held first");
    }
}
