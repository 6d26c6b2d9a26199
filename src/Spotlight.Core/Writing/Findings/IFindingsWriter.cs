namespace Spotlight.Writing.Findings;

/// <summary>Renders validation findings in one format, file by file as they come; the formats are in <see cref="FindingsWriters"/>.</summary>
public interface IFindingsWriter
{
    IFindingsOutput Open(Stream output);
}

/// <summary>An output in progress; disposing it ends the output (closes a JSON array, a SARIF log).</summary>
public interface IFindingsOutput : IDisposable
{
    void Write(FileFindings findings);
}
