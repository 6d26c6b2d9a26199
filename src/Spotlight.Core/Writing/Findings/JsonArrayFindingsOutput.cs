using System.Text.Json;
using Spotlight.Diagnostics;

namespace Spotlight.Writing.Findings;

/// <summary>An output of one indented JSON array with one element per finding, the element written by the format (JSON, Code Quality).</summary>
internal sealed class JsonArrayFindingsOutput : IFindingsOutput
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _writer;
    private readonly Action<Utf8JsonWriter, string, Diagnostic> _element;

    public JsonArrayFindingsOutput(Stream stream, Action<Utf8JsonWriter, string, Diagnostic> element)
    {
        _stream = stream;
        _element = element;
        _writer = new Utf8JsonWriter(stream, ReportJsonContext.WriterOptions(indented: true));
        _writer.WriteStartArray();
    }

    /// <summary>Set when a write failed part way: the array is not closed over a half-written element.</summary>
    private bool _broken;

    public void Write(FileFindings findings)
    {
        try
        {
            foreach (var d in findings.Diagnostics)
            {
                _element(_writer, findings.Path, d);
                FindingsFlush.WhenFull(_writer);
            }
            _writer.Flush();
        }
        catch
        {
            _broken = true;
            throw;
        }
    }

    public void Dispose()
    {
        if (!_broken)
        {
            _writer.WriteEndArray();
            _writer.Flush();
        }
        _writer.Dispose();
        if (!_broken)
            _stream.WriteByte((byte)'\n');
    }
}
