using Spotlight.Diagnostics;
using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>
/// A SARIF 2.1.0 log for code-scanning dashboards: one run, every kind of finding it is given in
/// <c>tool.driver.rules</c> (the caller passes the complete list of codes, in ID order:
/// validate reports the parse's findings as well as its rules'), and one result per finding with its physical
/// location (file, line, column): for a web page, the line and column of the page's source its text was read from. A
/// PDF has no text regions to point at, so its results locate the file alone, name the page and the line on it at the
/// start of their message, and carry them as the properties <c>page</c>, <c>pageLine</c> and <c>pageColumn</c>.
/// </summary>
public sealed class SarifFindingsWriter(string toolVersion, IReadOnlyList<DiagnosticDescriptor> rules) : IFindingsWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public IFindingsOutput Open(Stream output) => new Output(output, toolVersion, rules);

    private sealed class Output : IFindingsOutput
    {
        private readonly Stream _stream;
        private readonly Utf8JsonWriter _writer;
        private readonly Dictionary<string, int> _ruleIndex;

        public Output(Stream stream, string version, IReadOnlyList<DiagnosticDescriptor> rules)
        {
            _stream = stream;
            _writer = new Utf8JsonWriter(stream, ReportJsonContext.WriterOptions(indented: true));
            _ruleIndex = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(p => p.Code, p => p.i);

            _writer.WriteStartObject();
            _writer.WriteString("$schema", SchemaUri);
            _writer.WriteString("version", "2.1.0");
            _writer.WriteStartArray("runs");
            _writer.WriteStartObject();
            _writer.WriteStartObject("tool");
            _writer.WriteStartObject("driver");
            _writer.WriteString("name", "spotlight");
            _writer.WriteString("version", version);
            _writer.WriteStartArray("rules");
            foreach (var rule in rules)
                WriteRule(rule);
            _writer.WriteEndArray();
            _writer.WriteEndObject();
            _writer.WriteEndObject();
            _writer.WriteString("columnKind", "utf16CodeUnits");
            _writer.WriteStartArray("results");
        }

        private void WriteRule(DiagnosticDescriptor rule)
        {
            _writer.WriteStartObject();
            _writer.WriteString("id", rule.Code);
            _writer.WriteString("name", rule.Name);
            _writer.WriteStartObject("shortDescription");
            _writer.WriteString("text", rule.Message);
            _writer.WriteEndObject();
            _writer.WriteStartObject("help");
            _writer.WriteString("text", rule.Help);
            _writer.WriteEndObject();
            _writer.WriteStartObject("defaultConfiguration");
            _writer.WriteString("level", Level(rule.Severity));
            _writer.WriteEndObject();
            _writer.WriteEndObject();
        }

        /// <summary>Set when a write failed part way: the log is not closed over a half-written result.</summary>
        private bool _broken;

        public void Write(FileFindings findings)
        {
            try
            {
                WriteResults(findings);
            }
            catch
            {
                _broken = true;
                throw;
            }
        }

        private void WriteResults(FileFindings findings)
        {
            // A URI reference: each segment of the path percent-encoded ("report #1.txt" is "report%20%231.txt").
            string uri = string.Join('/', findings.Path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
            foreach (var d in findings.Diagnostics)
            {
                _writer.WriteStartObject();
                _writer.WriteString("ruleId", d.Code);
                if (_ruleIndex.TryGetValue(d.Code, out int index))
                    _writer.WriteNumber("ruleIndex", index);
                _writer.WriteString("level", Level(d.Severity));
                _writer.WriteStartObject("message");
                _writer.WriteString("text", d.Origin is { Page: { } page } at ? $"page {page}, line {at.Line}: {d.Message}" : d.Message);
                _writer.WriteEndObject();
                _writer.WriteStartArray("locations");
                _writer.WriteStartObject();
                _writer.WriteStartObject("physicalLocation");
                _writer.WriteStartObject("artifactLocation");
                _writer.WriteString("uri", uri);
                _writer.WriteEndObject();
                if (d.Origin is not { Page: not null })
                {
                    _writer.WriteStartObject("region");
                    _writer.WriteNumber("startLine", Math.Max(d.Origin?.Line ?? d.Line ?? 1, 1));
                    _writer.WriteNumber("startColumn", Math.Max(d.Origin?.Column ?? d.Column ?? 1, 1));
                    _writer.WriteEndObject();
                }
                _writer.WriteEndObject();
                _writer.WriteEndObject();
                _writer.WriteEndArray();
                if (d.ItemId is not null || d.Origin is { Page: not null })
                {
                    _writer.WriteStartObject("properties");
                    if (d.ItemId is not null)
                        _writer.WriteString("itemId", d.ItemId);
                    if (d.Origin is { Page: { } onPage } origin)
                    {
                        _writer.WriteNumber("page", onPage);
                        _writer.WriteNumber("pageLine", origin.Line);
                        _writer.WriteNumber("pageColumn", origin.Column);
                    }
                    _writer.WriteEndObject();
                }
                _writer.WriteEndObject();
                FindingsFlush.WhenFull(_writer);
            }
            _writer.Flush();
        }

        private static string Level(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "note",
        };

        public void Dispose()
        {
            if (!_broken)
            {
                _writer.WriteEndArray();
                _writer.WriteEndObject();
                _writer.WriteEndArray();
                _writer.WriteEndObject();
                _writer.Flush();
            }
            _writer.Dispose();
            if (!_broken)
                _stream.WriteByte((byte)'\n');
        }
    }
}
