namespace Spotlight.Writing.Findings;

/// <summary>Renders validation findings in one format (text, json, sarif, github), file by file as they come.</summary>
public interface IFindingsWriter
{
    string Format { get; }

    IFindingsOutput Open(Stream output);
}

/// <summary>An output in progress; disposing it ends the output (closes a JSON array, a SARIF log).</summary>
public interface IFindingsOutput : IDisposable
{
    void Write(FileFindings findings);
}
