using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>One line per finding in the form compilers use: <c>path:line:column: warning SPT008: item cites no source</c>.</summary>
public sealed class TextFindingsWriter : IFindingsWriter
{
    public string Format => "text";

    public IFindingsOutput Open(Stream output) => new LineFindingsOutput(output, Line);

    public static string Line(string path, Diagnostic d) =>
        $"{path}:{d.Line ?? 1}:{d.Column ?? 1}: {Severity(d.Severity)} {d.Code}: {d.Message}";

    internal static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
