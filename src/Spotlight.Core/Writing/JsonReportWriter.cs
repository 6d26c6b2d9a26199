using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>The tree as JSON: indented by default, on one line when compact; many reports make an array.</summary>
public sealed class JsonReportWriter(bool indented = true) : IReportPartsWriter
{
    public IReportOutput Open(Stream output, bool many) => new Output(output, many, indented);

    private sealed class Output : IReportPartsOutput
    {
        private readonly Stream _stream;
        private readonly StreamBufferWriter _chunks;
        private readonly Utf8JsonWriter _writer;
        private readonly bool _many;
        private bool _written;

        public Output(Stream stream, bool many, bool indented)
        {
            _stream = stream;
            _many = many;
            _chunks = new StreamBufferWriter(stream);
            _writer = new Utf8JsonWriter(_chunks, ReportJsonContext.WriterOptions(indented));
            if (many)
                _writer.WriteStartArray();
        }

        public void Write(ReportTree document) => Write(() => JsonSerializer.Serialize(_writer, document, TreeJson.TypeInfoFor(document)));

        public void Write(IReportParts report) => Write(() => TreeJsonInParts.Write(_writer, report));

        private void Write(Action write)
        {
            if (_written && !_many)
                throw new InvalidOperationException("a single-report output takes one report");
            write();
            _writer.Flush();
            _chunks.Flush();
            _written = true;
        }

        public void Dispose()
        {
            if (_many)
                _writer.WriteEndArray();
            _writer.Flush();
            _writer.Dispose();
            _chunks.Flush();
            _chunks.Dispose();
            if (_many || _written)
                _stream.WriteByte((byte)'\n');
            _stream.Flush();
        }
    }
}
