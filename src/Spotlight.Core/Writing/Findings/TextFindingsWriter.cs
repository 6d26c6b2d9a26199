using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>
/// One line per finding in the form compilers use: <c>path:line:column: warning SPT008: item cites no source</c>, the
/// line and column those of the input file (a web page's source, for an HTML input). A PDF has no lines to jump to,
/// so its findings name the page instead: <c>report.pdf: page 2, line 14, column 3: warning SPT008: …</c>.
/// </summary>
public sealed class TextFindingsWriter : IFindingsWriter
{
    public IFindingsOutput Open(Stream output) => new LineFindingsOutput(output, Line);

    public static string Line(string path, Diagnostic d) => d.Origin switch
    {
        { Page: not null } origin => $"{Visible(path)}: {origin}: {Severity(d.Severity)} {d.Code}: {Visible(d.Message)}",
        { } origin => $"{Visible(path)}:{origin.Line}:{origin.Column}: {Severity(d.Severity)} {d.Code}: {Visible(d.Message)}",
        null => $"{Visible(path)}:{d.Line ?? 1}:{d.Column ?? 1}: {Severity(d.Severity)} {d.Code}: {Visible(d.Message)}",
    };

    /// <summary>
    /// Control characters written as escapes ("\n", "\x1B"), so that a file name or a report's text holding a
    /// line break or a terminal escape cannot forge a finding line or rewrite the terminal.
    /// </summary>
    internal static string Visible(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\x1F') && !text.Contains('\x7F'))
            return text;
        var visible = new System.Text.StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\n': visible.Append("\\n"); break;
                case '\r': visible.Append("\\r"); break;
                case '\t': visible.Append("\\t"); break;
                case < ' ' or '\x7F': visible.Append("\\x").Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: visible.Append(c); break;
            }
        }
        return visible.ToString();
    }

    internal static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
