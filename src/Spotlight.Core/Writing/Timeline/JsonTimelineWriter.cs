using System.Text.Json;
using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>A timeline as one indented JSON array of events (<c>[]</c> when there are none).</summary>
public sealed class JsonTimelineWriter : ITimelineWriter
{
    public ITimelineOutput Open(Stream output) => new Output(output);

    private sealed class Output : ITimelineOutput
    {
        private readonly Stream _stream;
        private readonly StreamBufferWriter _chunks;
        private readonly Utf8JsonWriter _writer;

        public Output(Stream stream)
        {
            _stream = stream;
            _chunks = new StreamBufferWriter(stream);
            _writer = new Utf8JsonWriter(_chunks, ReportJsonContext.WriterOptions(indented: true));
            _writer.WriteStartArray();
        }

        public void Write(TimelineEvent timelineEvent)
        {
            JsonSerializer.Serialize(_writer, timelineEvent, TimelineJsonContext.Default.TimelineEvent);
            // Handed to the chunks event by event: the writer would otherwise hold the whole array.
            _writer.Flush();
        }

        public void Dispose()
        {
            _writer.WriteEndArray();
            _writer.Flush();
            _writer.Dispose();
            System.Buffers.BuffersExtensions.Write(_chunks, "\n"u8);
            _chunks.Flush();
            _chunks.Dispose();
            _stream.Flush();
        }
    }
}
