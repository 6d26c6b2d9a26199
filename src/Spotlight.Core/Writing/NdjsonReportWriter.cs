using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>One compact JSON tree per line, one line per report: for streams and line-oriented tools.</summary>
public sealed class NdjsonReportWriter : IIndependentReportWriter, IReportPartsWriter
{
    public IReportOutput Open(Stream output, bool many) => new Output(output);

    [ThreadStatic]
    private static Utf8JsonWriter? _renderer;

    public void Render(ReportTree document, System.Buffers.IBufferWriter<byte> output)
    {
        // One writer per thread, pointed at each report's buffer in turn.
        var writer = _renderer ??= new Utf8JsonWriter(output, ReportJsonContext.WriterOptions(indented: false));
        writer.Reset(output);
        JsonSerializer.Serialize(writer, document, TreeJson.TypeInfoFor(document));
        writer.Flush();
        System.Buffers.BuffersExtensions.Write(output, "\n"u8);
    }

    private sealed class Output : IReportPartsOutput
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

        public void Write(ReportTree document) => Write(() => JsonSerializer.Serialize(_writer, document, TreeJson.TypeInfoFor(document)));

        public void Write(IReportParts report) => Write(() => TreeJsonInParts.Write(_writer, report));

        private void Write(Action write)
        {
            write();
            _writer.Flush();
            System.Buffers.BuffersExtensions.Write(_chunks, "\n"u8);
            _chunks.Flush();
            _writer.Reset();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _chunks.Dispose();
            _stream.Flush();
        }
    }
}
