using Spotlight.Text;

namespace Spotlight.Reading;

/// <summary>Reads plain text, as written by hand or pulled out of a PDF by a converter.</summary>
public sealed class PlainTextReader : IReportReader
{
    public string Format => "text";

    public SourceText Read(ReadOnlySpan<byte> bytes)
    {
        var decoded = ReportText.Decode(bytes);
        if (string.IsNullOrWhiteSpace(decoded.Text))
            throw new ReportReadException(bytes.Length == 0 ? "empty file" : "no text (only white space)");
        return SourceText.From(decoded.Text).WithDiagnostic(decoded.Finding);
    }
}
