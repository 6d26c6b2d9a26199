using Spotlight.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Validation;

namespace Spotlight.Tests.Validation;

/// <summary>
/// The parts of the docs written from <see cref="DiagnosticCatalog.All"/>: the tables of codes between
/// <c>&lt;!-- codes:KIND --&gt;</c> and <c>&lt;!-- /codes --&gt;</c>, and in docs/rules.md the line under each
/// <c>## SPTnnn</c> heading (name, severity, message) and the paragraph after it (the help).
/// <see cref="DocsTablesTests"/> fails when a doc differs, and rewrites it when SPOTLIGHT_WRITE_DOCS=1.
/// </summary>
internal static partial class DocsTables
{
    public static readonly string[] Documents = ["docs/rules.md", "README.md", "docs/CONTRACT.md"];

    [GeneratedRegex(@"(?<open><!-- codes:(?<kind>[a-z]+) -->\n).*?(?<close><!-- /codes -->)", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^## (?<id>SPT\d{3})\n\n\*\*[^\n]*\n\n(?:[^\n]+\n)+", RegexOptions.Multiline)]
    private static partial Regex SectionHead();

    /// <summary>How many generated parts a document holds, so that a document with none fails rather than passes.</summary>
    public static int CountParts(string text) => Block().Count(text) + SectionHead().Count(text);

    public static string Rewrite(string text)
    {
        text = Block().Replace(text, m => m.Groups["open"].Value + Table(m.Groups["kind"].Value) + m.Groups["close"].Value);
        return SectionHead().Replace(text, m => DiagnosticCatalog.TryFind(m.Groups["id"].Value, out var d) ? Head(d) : m.Value);
    }

    private static string Head(DiagnosticDescriptor d) =>
        $"## {d.Code}\n\n**{d.Name}** · {Severity(d)} · “{d.Message}”\n\n{d.Help}\n";

    private static string Table(string kind) => kind switch
    {
        // docs/rules.md: every code, linked to its section.
        "all" => Rows("| ID | name | severity | found by | message |", DiagnosticCatalog.All,
            d => $"[{d.Code}](#{d.Code.ToLowerInvariant()})", d => d.Name, Severity, FoundBy, d => d.Message),
        // README: what parse puts in a tree's diagnostics.
        "parse" => Rows("| code | name | severity | finding |", DiagnosticRegistry.All,
            d => d.Code, d => d.Name, Severity, d => d.Message),
        // docs/CONTRACT.md: the codes that are part of the output contract.
        "contract" => Rows("| code | name | default severity | found by |", DiagnosticCatalog.All,
            d => d.Code, d => d.Name, Severity, FoundBy),
        _ => throw new ArgumentException($"no table of codes called '{kind}'", nameof(kind)),
    };

    private static string Rows(string header, IEnumerable<DiagnosticDescriptor> descriptors, params Func<DiagnosticDescriptor, string>[] columns)
    {
        var table = new StringBuilder(header).Append('\n');
        table.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns.Length))).Append('\n');
        foreach (var d in descriptors)
            table.Append("| ").Append(string.Join(" | ", columns.Select(column => column(d).Replace("|", "\\|")))).Append(" |\n");
        return table.ToString();
    }

    private static string Severity(DiagnosticDescriptor d) => d.Severity.ToString().ToLowerInvariant();

    private static string FoundBy(DiagnosticDescriptor d) => DiagnosticCatalog.IsFromParse(d) ? "parse" : "rule";
}
