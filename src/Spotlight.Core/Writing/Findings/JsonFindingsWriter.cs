using Spotlight.Diagnostics;
using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>
/// A JSON array with one object per finding: the contract's Diagnostic with the file it belongs to, and for a web page
/// or a PDF its <c>origin</c> in the input file.
/// </summary>
public sealed class JsonFindingsWriter : IFindingsWriter
{
    public IFindingsOutput Open(Stream output) => new Output(output);

    private sealed class Output : IFindingsOutput
    {
        private readonly Stream _stream;
        private readonly Utf8JsonWriter _writer;

        public Output(Stream stream)
        {
            _stream = stream;
            _writer = new Utf8JsonWriter(stream, ReportJsonContext.WriterOptions(indented: true));
            _writer.WriteStartArray();
        }

        public void Write(FileFindings findings)
        {
            foreach (var d in findings.Diagnostics)
            {
                _writer.WriteStartObject();
                _writer.WriteString("file", findings.Path);
                _writer.WriteString("code", d.Code);
                _writer.WriteString("severity", TextFindingsWriter.Severity(d.Severity));
                _writer.WriteString("message", d.Message);
                WriteNumber("line", d.Line);
                WriteNumber("column", d.Column);
                if (d.ItemId is null) _writer.WriteNull("itemId");
                else _writer.WriteString("itemId", d.ItemId);
                if (d.Origin is { } origin)
                {
                    _writer.WriteStartObject("origin");
                    if (origin.Page is { } page)
                        _writer.WriteNumber("page", page);
                    _writer.WriteNumber("line", origin.Line);
                    _writer.WriteNumber("column", origin.Column);
                    _writer.WriteEndObject();
                }
                _writer.WriteEndObject();
            }
            _writer.Flush();
        }

        private void WriteNumber(string name, int? value)
        {
            if (value is { } v) _writer.WriteNumber(name, v);
            else _writer.WriteNull(name);
        }

        public void Dispose()
        {
            _writer.WriteEndArray();
            _writer.Flush();
            _writer.Dispose();
            _stream.WriteByte((byte)'\n');
        }
    }
}
