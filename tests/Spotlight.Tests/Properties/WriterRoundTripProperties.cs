using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using NJsonSchema;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Tests.Writing;
using Spotlight.Writing;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Every writer renders any tree so that it reads back as that tree: JSON (indented, compact, NDJSON)
/// deserialises to an equal tree, YAML reads back as the JSON, and each CSV table reads back as the rows the
/// contract derives from the tree; with formula escaping on, exactly the fields that open like a formula
/// gain a leading <c>'</c>. Trees are generated directly (one to three per output, awkward strings in every
/// field), and also parsed from generated report texts. (How to replay a failure: PropertyCheck.cs.)
/// </summary>
public sealed class WriterRoundTripProperties
{
    private const int Cases = 200;

    private JsonSchema _schema = null!;

    [OneTimeSetUp]
    public void BuildSchema() =>
        _schema = JsonSchema.FromJsonAsync(ReportSchema.Build().ToJsonString()).GetAwaiter().GetResult();

    private static readonly Gen<ReportTree[]> Documents = ReportTreeGen.Document.Array[1, 3];

    private static readonly Gen<ReportTree[]> ParsedDocuments = ReportTextGen.Text.Where(t => !ReportTextGen.IsBlank(t)).Array[1, 2].Select(texts => texts
        .Select((text, i) => ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), $"report-{i}.txt", ReportReaders.ForName("text")))
        .ToArray());

    private static string Print(ReportTree[] documents) => string.Join("\n", documents.Select(document =>
    {
        try
        {
            return PropertyCheck.Literal(JsonSerializer.Serialize(document, ReportJsonContext.Default.ReportTree), 6_000);
        }
        catch (Exception e)
        {
            return $"(not serialisable: {e.Message}) {document}";
        }
    }));

    private static byte[] Render(IReportWriter writer, ReportTree[] documents) => TreeCorpus.RenderBytes(writer, documents);

    private static JsonNode Dom(ReportTree document) =>
        JsonNode.Parse(Render(new JsonReportWriter(), [document]))!;

    // ---- JSON ----------------------------------------------------------------------------------------

    private void JsonReadsBack(ReportTree[] documents)
    {
        foreach (var document in documents)
        {
            byte[] json = Render(new JsonReportWriter(), [document]);
            var back = JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReportTree);
            string? difference = TreeEquality.FirstDifference(document, back);
            PropertyCheck.Require(difference is null, () => $"JSON read back differs from the tree at {difference}");
            var dom = JsonNode.Parse(json);
            PropertyCheck.Require(JsonNode.DeepEquals(dom, JsonSerializer.SerializeToNode(back, ReportJsonContext.Default.ReportTree)), () =>
                "the tree read back from JSON writes other JSON");

            byte[] compact = Render(new JsonReportWriter(indented: false), [document]);
            PropertyCheck.Require(compact.Count(b => b == '\n') == 1 && compact[^1] == '\n', () => "compact JSON is not one line");
            PropertyCheck.Require(JsonNode.DeepEquals(JsonNode.Parse(compact), dom), () => "compact JSON differs from indented JSON");

            var errors = _schema.Validate(Encoding.UTF8.GetString(json));
            PropertyCheck.Require(errors.Count == 0, () => "the JSON does not validate: " + string.Join("; ", errors.Take(5)));
        }

        if (documents.Length > 1)
        {
            var array = JsonNode.Parse(Render(new JsonReportWriter(), documents))!.AsArray();
            PropertyCheck.Require(array.Count == documents.Length && array.Zip(documents).All(p => JsonNode.DeepEquals(p.First, Dom(p.Second))), () =>
                "a JSON array of reports differs from the reports written alone");
        }

        string ndjson = Encoding.UTF8.GetString(Render(new NdjsonReportWriter(), documents));
        var lines = ndjson.Split('\n');
        PropertyCheck.Require(lines.Length == documents.Length + 1 && lines[^1] == "", () => $"NDJSON has {lines.Length - 1} lines for {documents.Length} reports");
        for (int i = 0; i < documents.Length; i++)
            PropertyCheck.Require(JsonNode.DeepEquals(JsonNode.Parse(lines[i]), Dom(documents[i])), () => $"NDJSON line {i + 1} differs from the JSON");
    }

    [Test]
    public void Json_reads_back_as_the_tree() =>
        PropertyCheck.Run(Documents, JsonReadsBack, iter: Cases, print: Print);

    // ---- YAML ----------------------------------------------------------------------------------------

    private static void YamlReadsBack(ReportTree[] documents)
    {
        string yaml = Encoding.UTF8.GetString(Render(new YamlReportWriter(), documents));
        var back = YamlReadBack.Documents(yaml);
        PropertyCheck.Require(back.Count == documents.Length, () => $"{back.Count} YAML documents for {documents.Length} reports");
        for (int i = 0; i < documents.Length; i++)
        {
            var json = Dom(documents[i]);
            PropertyCheck.Require(JsonNode.DeepEquals(back[i], json), () =>
                $"YAML document {i + 1} differs from the JSON:\n{PropertyCheck.Literal(yaml, 6_000)}\n{FirstDifference(json, back[i], "$")}");
        }
    }

    [Test]
    public void Yaml_reads_back_as_the_json_tree() =>
        PropertyCheck.Run(Documents, YamlReadsBack, iter: Cases, print: Print);

    /// <summary>Where two JSON trees first differ, for the failure message.</summary>
    private static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is JsonObject eo && actual is JsonObject ao)
        {
            foreach (var (key, value) in eo)
            {
                if (!ao.ContainsKey(key))
                    return $"{path}.{key} missing";
                if (!JsonNode.DeepEquals(value, ao[key]))
                    return FirstDifference(value, ao[key], $"{path}.{key}");
            }
            return $"{path}: other keys {string.Join(",", ao.Select(p => p.Key).Except(eo.Select(p => p.Key)))}";
        }
        if (expected is JsonArray ea && actual is JsonArray aa && ea.Count == aa.Count)
        {
            for (int i = 0; i < ea.Count; i++)
            {
                if (!JsonNode.DeepEquals(ea[i], aa[i]))
                    return FirstDifference(ea[i], aa[i], $"{path}[{i}]");
            }
        }
        return $"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"} ({actual?.GetValueKind()})";
    }

    // ---- CSV -----------------------------------------------------------------------------------------

    /// <summary>The characters that open a formula in a spreadsheet (OWASP's list), which the writer escapes.</summary>
    private const string FormulaOpeners = "=+-@\t\r";

    private static bool OpensLikeAFormula(string field) => field.Length > 0 && FormulaOpeners.Contains(field[0]);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Name(SectionKind kind) => kind switch
    {
        SectionKind.Summary => "summary",
        SectionKind.Region => "region",
        _ => "topic",
    };

    private static string Name(SourceKind kind) => kind == SourceKind.Citation ? "citation" : "inline";

    private static string Name(SourcePlatform? platform) => platform switch
    {
        null => "",
        SourcePlatform.Twitter => "twitter",
        SourcePlatform.Telegram => "telegram",
        SourcePlatform.Instagram => "instagram",
        SourcePlatform.YouTube => "youtube",
        _ => "website",
    };

    private static string Name(DateGranularity granularity) => granularity switch
    {
        DateGranularity.Day => "day",
        DateGranularity.Week => "week",
        DateGranularity.Month => "month",
        _ => "year",
    };

    private static string Name(DateModifier? modifier) => modifier switch
    {
        null => "",
        DateModifier.Early => "early",
        DateModifier.Mid => "mid",
        _ => "late",
    };

    /// <summary>The rows the contract (docs/CONTRACT.md) says a table has for the reports, written without escaping.</summary>
    private static List<string[]> ExpectedRows(ReportTree[] documents, CsvTable table)
    {
        var rows = new List<string[]>();
        foreach (var document in documents)
        {
            string file = document.Input.Path;
            var report = document.Report;
            if (table == CsvTable.Footnotes)
            {
                rows.AddRange((report.Footnotes ?? []).Select(n => new[] { file, n.Mark, n.Text, Number(n.Lines.First), Number(n.Lines.Last) }));
                continue;
            }
            if (table == CsvTable.Furniture)
            {
                rows.AddRange((report.Furniture ?? []).Select(f => new[] { file, FurnitureName(f.Kind), f.Text, Number(f.Lines.First), Number(f.Lines.Last) }));
                continue;
            }
            foreach (var section in report.Sections)
            {
                if (table == CsvTable.Sections)
                {
                    rows.Add([file, section.Id, Name(section.Kind), section.Heading ?? "", section.Region ?? "", Number(section.Lines.First),
                        Number(section.Lines.Last), Number(section.Items.Length), Number(section.Figures.Length)]);
                    continue;
                }
                foreach (var node in section.Nodes)
                {
                    // The caption of a figure and the text of an item, as the tree names them: not through IReportNode.Text.
                    var (kind, text) = node is Figure figure ? ("figure", figure.Caption) : ("item", ((Item)node).Text);
                    if (table == CsvTable.Items)
                    {
                        rows.Add([file, report.Series ?? "", Day(report.Period?.Start), Day(report.Period?.End), section.Id, section.Heading ?? "",
                            section.Region ?? "", node.Id, kind, Number(node.Lines.First), Number(node.Lines.Last), text,
                            string.Join(';', node.Dates.Select(d => d.Value)), string.Join(';', node.Sources.Select(s => s.Name))]);
                    }
                    else if (table == CsvTable.Sources)
                    {
                        rows.AddRange(node.Sources.Select(s => new[]
                        {
                            file, section.Id, node.Id, s.Name, s.Outlet ?? "", Name(s.Kind), Name(s.Platform), s.Date ?? "", Number(node.LineAt(s.Start)),
                        }));
                    }
                    else
                    {
                        rows.AddRange(node.Dates.Select(d => new[]
                        {
                            file, section.Id, node.Id, d.Text, d.Value, Name(d.Granularity), Name(d.Modifier), d.Relative ? "true" : "false",
                            Number(node.LineAt(d.Start)),
                        }));
                    }
                }
            }
        }
        return rows;
    }

    // Independent of the writer: the names the contract gives, spelt out here.
    private static string FurnitureName(FurnitureKind kind) => kind switch
    {
        FurnitureKind.RunningHeader => "running-header",
        FurnitureKind.PageNumber => "page-number",
        FurnitureKind.DocumentNumber => "document-number",
        FurnitureKind.SiteText => "site-text",
        FurnitureKind.HeaderText => "header-text",
        FurnitureKind.Markup => "markup",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static void CsvReadsBack(ReportTree[] documents, bool sanitize)
    {
        foreach (var table in Enum.GetValues<CsvTable>())
        {
            var expected = ExpectedRows(documents, table);
            if (sanitize)
                expected = expected.Select(row => row.Select(f => OpensLikeAFormula(f) ? "'" + f : f).ToArray()).ToList();
            byte[] csv = Render(new CsvReportWriter(table, sanitize: sanitize), documents);
            var (header, rows) = CsvReadBack.Table(csv);
            PropertyCheck.Require(header.SequenceEqual(CsvRows.Header(table)), () => $"{table}: header {string.Join(",", header)}");
            PropertyCheck.Require(rows.Count == expected.Count, () => $"{table}: {rows.Count} rows read back, the tree holds {expected.Count}");
            for (int r = 0; r < rows.Count; r++)
            {
                PropertyCheck.Require(rows[r].Length == expected[r].Length, () => $"{table} row {r + 1}: {rows[r].Length} fields, expected {expected[r].Length}");
                for (int f = 0; f < rows[r].Length; f++)
                {
                    PropertyCheck.Require(rows[r][f] == expected[r][f], () =>
                        $"{table} row {r + 1} column {header[f]}: read back {PropertyCheck.Literal(rows[r][f])}, expected {PropertyCheck.Literal(expected[r][f])}"
                        + $"\nCSV: {PropertyCheck.Literal(Encoding.UTF8.GetString(csv), 4_000)}");
                }
            }
        }
    }

    [Test]
    public void Csv_tables_read_back_as_the_rows_the_tree_holds() =>
        PropertyCheck.Run(Documents, documents => CsvReadsBack(documents, sanitize: false), iter: Cases, print: Print);

    [Test]
    public void Csv_escaping_puts_a_quote_before_exactly_the_fields_that_open_like_a_formula() =>
        PropertyCheck.Run(Documents, documents => CsvReadsBack(documents, sanitize: true), iter: Cases, print: Print);

    // ---- Parsed trees --------------------------------------------------------------------------------

    [Test]
    public void Trees_parsed_from_report_texts_read_back_from_every_format() =>
        PropertyCheck.Run(ParsedDocuments, documents =>
        {
            JsonReadsBack(documents);
            YamlReadsBack(documents);
            CsvReadsBack(documents, sanitize: false);
            CsvReadsBack(documents, sanitize: true);
        }, iter: 80, print: Print);

    // ---- The checks themselves -----------------------------------------------------------------------

    [Test]
    public void Tree_equality_names_the_first_field_that_differs()
    {
        var document = TreeCorpus.Parse(TreeCorpus.Names().First());
        var section = document.Report.Sections[1];
        var changed = document with
        {
            Report = document.Report with
            {
                Sections = document.Report.Sections.SetItem(1, section with { Items = section.Items.SetItem(2, section.Items[2] with { Marker = "•" }) }),
            },
        };
        var copy = JsonSerializer.Deserialize(Render(new JsonReportWriter(), [document]), ReportJsonContext.Default.ReportTree);
        Assert.Multiple(() =>
        {
            Assert.That(TreeEquality.FirstDifference(document, copy), Is.Null);
            Assert.That(TreeEquality.FirstDifference(document, changed), Does.StartWith("$.Report.Sections[1].Items[2].Marker: expected \"►\""));
            Assert.That(TreeEquality.FirstDifference(document, document with { Input = document.Input with { Lines = 1 } }),
                Does.StartWith("$.Input.Lines: expected"));
            Assert.That(TreeEquality.FirstDifference(document, changed with { Report = changed.Report with { Authors = [] } }),
                Does.StartWith("$.Report.Authors: expected 1 elements, got 0"));
        });
    }

    /// <summary>The generated trees hold what the properties are about: formula openers, line breaks, pairs, YAML words.</summary>
    [Test]
    public void Generated_trees_hold_awkward_strings()
    {
        var documents = ReportTreeGen.Document.Array[100].Single();
        var strings = documents.SelectMany(d => Strings(Dom(d))).ToList();
        Assert.Multiple(() =>
        {
            foreach (char opener in FormulaOpeners)
                Assert.That(strings.Count(s => s.Length > 0 && s[0] == opener), Is.GreaterThan(20), $"fields opening with U+{(int)opener:X4}");
            Assert.That(strings.Count(s => s.Contains('\n')), Is.GreaterThan(100));
            Assert.That(strings.Count(s => s.Any(char.IsSurrogate)), Is.GreaterThan(500));
            Assert.That(strings.Count(s => s is "null" or "true" or "~" or "1e5"), Is.GreaterThan(10));
            Assert.That(strings.Count(s => s.Length == 0), Is.GreaterThan(500));
            Assert.That(documents.Sum(d => d.Stats.Items + d.Stats.Figures), Is.GreaterThan(300));
        });
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };

    [Test]
    public void Csv_escaping_is_checked_against_the_formula_openers()
    {
        Assert.That(new[] { "=1", "+1", "-1", "@a", "\tx", "\rx" }.All(OpensLikeAFormula), Is.True);
        Assert.That(new[] { "", "1", "'=1", " =1", "a=b", "\u00A0-" }.Any(OpensLikeAFormula), Is.False);
    }
}
