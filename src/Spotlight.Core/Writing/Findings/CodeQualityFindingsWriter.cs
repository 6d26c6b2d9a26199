using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Spotlight.Diagnostics;

namespace Spotlight.Writing.Findings;

/// <summary>
/// A GitLab Code Quality report (<c>artifacts: reports: codequality:</c>): a JSON array with one issue per finding.
/// Severities map error → major, warning → minor, info → info. A web page's issue stands on the line of the page's
/// source its text was read from; a PDF has no lines to show, so its issue stands on line 1 and names the page and the
/// line on it in its description (<c>page 2, line 14: item cites no source</c>), as the GitHub annotation does.
/// </summary>
public sealed class CodeQualityFindingsWriter : IFindingsWriter
{
    public IFindingsOutput Open(Stream output) => new JsonArrayFindingsOutput(output,
        (writer, path, d) => JsonSerializer.Serialize(writer, Issue(path, d), CodeQualityJsonContext.Default.CodeQualityIssue));

    /// <summary>The issue one finding of one file makes.</summary>
    public static CodeQualityIssue Issue(string path, Diagnostic d)
    {
        string relative = RepositoryPath(path);
        var (line, column, description) = d.Origin switch
        {
            { Page: { } page } origin => (1, 1, $"page {page}, line {origin.Line}: {d.Message}"),
            { } origin => (origin.Line, origin.Column, d.Message),
            null => (d.Line ?? 1, d.Column ?? 1, d.Message),
        };
        return new CodeQualityIssue(description, d.Code, Fingerprint(relative, d.Code, line, column, description),
            Severity(d.Severity), new CodeQualityLocation(relative, new CodeQualityLines(line)));
    }

    /// <summary>
    /// The same finding at the same place gives the same fingerprint in every run, so that GitLab can tell the issues a
    /// merge request adds from those it leaves or fixes. The fields are joined by NUL, which no path holds, the code and
    /// the numbers cannot, and the description comes last, so that no two sets of fields join to the same text.
    /// </summary>
    public static string Fingerprint(string path, string code, int line, int column, string description) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{path}\0{code}\0{line}\0{column}\0{description}")));

    public static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "major",
        DiagnosticSeverity.Warning => "minor",
        _ => "info",
    };

    private static string RepositoryPath(string path)
    {
        string slashed = path.Replace('\\', '/');
        while (slashed.StartsWith("./", StringComparison.Ordinal))
            slashed = slashed[2..];
        return slashed;
    }
}
