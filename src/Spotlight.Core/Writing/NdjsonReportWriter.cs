using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>One compact JSON tree per line, one line per report: for streams and line-oriented tools.</summary>
public sealed class NdjsonReportWriter : IReportWriter
{
    public string Format => "ndjson";

    public string Extension => "ndjson";

    public IReportOutput Open(Stream output, bool many) => new Output(output);

    private sealed class Output(Stream stream) : IReportOutput
    {
        private readonly Utf8JsonWriter _writer = new(stream, ReportJsonContext.WriterOptions(indented: false));

        public void Write(ReportDocument document)
        {
            JsonSerializer.Serialize(_writer, document, ReportJsonContext.Default.ReportDocument);
            _writer.Flush();
            stream.WriteByte((byte)'\n');
            _writer.Reset();
        }

        public void Dispose()
        {
            _writer.Dispose();
            stream.Flush();
        }
    }
}
