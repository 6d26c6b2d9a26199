using System.Text.Json;
using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// A timeline as JSON: one indented array of events (<c>[]</c> when there are none), or, one line each, a compact event
/// a line (NDJSON) for streams and line-oriented tools. Either way the events are handed out one by one as they come.
/// </summary>
public sealed class JsonTimelineWriter(bool lineEach = false) : ITimelineWriter
{
    /// <summary>One compact event a line (NDJSON) rather than one indented array.</summary>
    public bool LineEach => lineEach;

    public ITimelineOutput Open(Stream output) => new Output(output, lineEach);

    private sealed class Output : ITimelineOutput
    {
        private readonly Stream _stream;
        private readonly StreamBufferWriter _chunks;
        private readonly Utf8JsonWriter _writer;
        private readonly bool _lineEach;

        public Output(Stream stream, bool lineEach)
        {
            _stream = stream;
            _lineEach = lineEach;
            _chunks = new StreamBufferWriter(stream);
            _writer = new Utf8JsonWriter(_chunks, ReportJsonContext.WriterOptions(indented: !lineEach));
            if (!lineEach)
                _writer.WriteStartArray();
        }

        public void Write(TimelineEvent timelineEvent)
        {
            JsonSerializer.Serialize(_writer, timelineEvent, TimelineJsonContext.Default.TimelineEvent);
            // Handed to the chunks event by event: the writer would otherwise hold the whole array.
            _writer.Flush();
            if (_lineEach)
            {
                System.Buffers.BuffersExtensions.Write(_chunks, "\n"u8);
                // Each line is a JSON document of its own.
                _writer.Reset();
            }
        }

        public void Dispose()
        {
            if (!_lineEach)
            {
                _writer.WriteEndArray();
                _writer.Flush();
                System.Buffers.BuffersExtensions.Write(_chunks, "\n"u8);
            }
            _writer.Dispose();
            _chunks.Flush();
            _chunks.Dispose();
            _stream.Flush();
        }
    }
}
