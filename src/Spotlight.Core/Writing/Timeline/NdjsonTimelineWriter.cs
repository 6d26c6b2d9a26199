using System.Text.Json;
using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>A timeline as one compact JSON event a line, for streams and line-oriented tools.</summary>
public sealed class NdjsonTimelineWriter : ITimelineWriter
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
            _writer = new Utf8JsonWriter(_chunks, ReportJsonContext.WriterOptions(indented: false));
        }

        public void Write(TimelineEvent timelineEvent)
        {
            JsonSerializer.Serialize(_writer, timelineEvent, TimelineJsonContext.Default.TimelineEvent);
            _writer.Flush();
            System.Buffers.BuffersExtensions.Write(_chunks, "\n"u8);
            // Each line is a JSON document of its own.
            _writer.Reset();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _chunks.Flush();
            _chunks.Dispose();
            _stream.Flush();
        }
    }
}
