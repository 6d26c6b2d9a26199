using Spotlight.Text;

namespace Spotlight.Reading;

/// <summary>Turns the bytes of one input format into normalised text for the structure parser.</summary>
public interface IReportReader
{
    /// <summary>The name written to <c>input.format</c>.</summary>
    string Format { get; }

    /// <exception cref="ReportReadException">The bytes are not readable in this format.</exception>
    SourceText Read(ReadOnlySpan<byte> bytes);
}
