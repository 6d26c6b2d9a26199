using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>Renders report trees in one output format; its name and file extensions are in <see cref="ReportWriters"/>.</summary>
public interface IReportWriter
{
    /// <summary>Starts an output; each report is written as soon as it is given, and disposing ends the output.</summary>
    /// <param name="many">More than one report will follow (a JSON array, YAML documents, one CSV header).</param>
    IReportOutput Open(Stream output, bool many);
}

/// <summary>An output in progress: reports go in one at a time, in the order they are to appear.</summary>
public interface IReportOutput : IDisposable
{
    void Write(ReportTree document);
}

/// <summary>An output that also takes a report given in parts, writing each section as it comes (JSON, NDJSON).</summary>
public interface IReportPartsOutput : IReportOutput
{
    /// <summary>Writes the report as <see cref="IReportOutput.Write"/> writes its tree, byte for byte.</summary>
    void Write(IReportParts report);
}

/// <summary>A writer whose outputs take a report in parts (<see cref="IReportPartsOutput"/>).</summary>
public interface IReportPartsWriter : IReportWriter;
