using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>Renders the report tree in one output format.</summary>
public interface IReportWriter
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Format { get; }

    /// <summary>The extension of files this writer produces, without the dot.</summary>
    string Extension { get; }

    void Write(ReportDocument document, Stream output);
}
