using Spotlight.Diagnostics;
using System.Text;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>An output of one line per finding, the line made by the format (text, GitHub commands).</summary>
internal sealed class LineFindingsOutput(Stream stream, Func<string, Diagnostic, string> line) : IFindingsOutput
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };

    public void Write(FileFindings findings)
    {
        foreach (var diagnostic in findings.Diagnostics)
            _writer.WriteLine(line(findings.Path, diagnostic));
        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
