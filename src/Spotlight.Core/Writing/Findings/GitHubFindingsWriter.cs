using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>
/// GitHub Actions workflow commands, which the runner turns into annotations on the changed files:
/// <c>::warning file=reports/a.txt,line=84,col=1,title=SPT008::item cites no source</c>. An HTML input's annotation
/// lands on the line of the page's source its text was read from; a PDF's, which has no lines to show, is on the file
/// and names the page in its message (<c>page 2, line 14: item cites no source</c>).
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
        return d.Origin switch
        {
            { Page: { } page } origin =>
                $"::{command} file={Property(path)},title={Property(d.Code)}::{Data($"page {page}, line {origin.Line}: {d.Message}")}",
            { } origin => $"::{command} file={Property(path)},line={origin.Line},col={origin.Column},title={Property(d.Code)}::{Data(d.Message)}",
            null => $"::{command} file={Property(path)},line={d.Line ?? 1},col={d.Column ?? 1},title={Property(d.Code)}::{Data(d.Message)}",
        };
    }

    // Escapes that the workflow command syntax defines for data and for property values.
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
