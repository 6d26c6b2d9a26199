using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>
/// GitHub Actions workflow commands, which the runner turns into annotations on the changed files:
/// <c>::warning file=reports/a.txt,line=84,col=1,title=SPT008::item cites no source</c>.
/// </summary>
public sealed class GitHubFindingsWriter : IFindingsWriter
{
    public IFindingsOutput Open(Stream output) => new LineFindingsOutput(output, Line);

    public static string Line(string path, Diagnostic d)
    {
        string command = d.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        return $"::{command} file={Property(path)},line={d.Line ?? 1},col={d.Column ?? 1},title={Property(d.Code)}::{Data(d.Message)}";
    }

    // Escapes that the workflow command syntax defines for data and for property values.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
