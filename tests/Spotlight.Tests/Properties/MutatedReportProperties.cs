using System.Text;
using CsCheck;
using NJsonSchema;
using Spotlight.Reading;
using Spotlight.Tests.Writing;
using Spotlight.Writing;

namespace Spotlight.Tests.Properties;

/// <summary>
/// The seed and every text sample, edited as people and converters edit reports (lines deleted, doubled,
/// swapped, split; blank lines added and removed; CRLF; other bullet glyphs; odd characters put in): each
/// mutant parses without an exception, twice to the same JSON bytes, into a tree that keeps the invariants
/// (stats equal to the counts among them) and validates against the schema. The HTML twins are edited the
/// same way, line by line, and read by the HTML reader; the PDF twins are left to the byte-level properties.
/// (How to replay a failure: PropertyCheck.cs.)
/// </summary>
public sealed class MutatedReportProperties
{
    private const int MutantsPerReport = 60;

    private const int MutantsPerPage = 40;

    private JsonSchema _schema = null!;

    [OneTimeSetUp]
    public void BuildSchema() =>
        _schema = JsonSchema.FromJsonAsync(ReportSchema.Build().ToJsonString()).GetAwaiter().GetResult();

    private static readonly IReportReader Reader = ReportReaders.ForName("text");

    private static readonly IReportReader HtmlReader = ReportReaders.ForName("html");

    public static IEnumerable<string> WebPages() =>
        Directory.EnumerateFiles(TestFiles.Samples, "*.html").Order().Select(p => Path.Combine("samples", Path.GetFileName(p)));

    private static byte[] Json(Model.ReportTree document)
    {
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Whether a page shows no text but page furniture (navigation, sidebars, share buttons, comments, header,
    /// footer: what the reader leaves out by design). An edit that moves a closing &lt;/script&gt; or &lt;/style&gt;
    /// turns the report into script, and then the reader rightly finds no article.
    /// </summary>
    private static bool ShowsNoReportText(string html)
    {
        // The reader drops one byte order mark while decoding; as text it would count as something shown.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html.StartsWith('\uFEFF') ? html[1..] : html);
        const string hidden = "script, style, noscript, template, nav, aside, form, button, iframe, svg, object, embed, header, footer, "
            + "[role=navigation], [role=complementary], [class*=share], [class*=social], [class*=comment], [id*=comment], "
            + "[class*=sidebar], [class*=related], [class*=newsletter], [class*=cookie]";
        foreach (var element in document.QuerySelectorAll(hidden).ToList())
            element.Remove();
        return string.IsNullOrWhiteSpace(document.Body?.TextContent);
    }

    private void Check(Mutant mutant, IReportReader reader)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(mutant.Text);
        Model.ReportTree first;
        try
        {
            first = ReportPipeline.Parse(bytes, mutant.Name, reader);
        }
        // A page may be refused when it shows nothing but furniture.
        catch (ReportReadException e) when (mutant.IsBlank || (reader == HtmlReader && ShowsNoReportText(mutant.Text)))
        {
            PropertyCheck.Require(e.Message.Length > 0, () => "a read error without a reason");
            return;
        }
        TreeInvariants.Check(first);
        byte[] json = Json(first);
        byte[] again = Json(ReportPipeline.Parse(bytes, mutant.Name, reader));
        PropertyCheck.Require(json.AsSpan().SequenceEqual(again), () =>
            $"two parses of one text differ:\n{PropertyCheck.Literal(Encoding.UTF8.GetString(json), 3_000)}\n---\n{PropertyCheck.Literal(Encoding.UTF8.GetString(again), 3_000)}");
        var errors = _schema.Validate(Encoding.UTF8.GetString(json));
        PropertyCheck.Require(errors.Count == 0, () => "the tree does not validate: " + string.Join("; ", errors.Take(5)));
    }

    [TestCaseSource(typeof(TreeCorpus), nameof(TreeCorpus.Names))]
    public void Mutants_of_a_report_parse_deterministically_into_sound_trees(string path)
    {
        // Decoded without dropping the byte order mark, so that a sample that has one keeps it.
        string original = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, path)));
        PropertyCheck.Run(Mutant.Of(path, original), m => Check(m, Reader), iter: MutantsPerReport, print: m => m.ToString());
    }

    [TestCaseSource(nameof(WebPages))]
    public void Mutants_of_a_web_page_read_deterministically_into_sound_trees(string path)
    {
        string original = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, path)));
        PropertyCheck.Run(Mutant.Of(path, original), m => Check(m, HtmlReader), iter: MutantsPerPage, print: m => m.ToString());
    }

    /// <summary>The edits do change the reports, and in ways the parser sees: the trees differ from the original's.</summary>
    [Test]
    public void Mutants_differ_from_their_report_and_from_each_other()
    {
        string path = TreeCorpus.Names().First();
        string original = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, path)));
        // The report and its findings, without the input's hash and size, which any edit changes.
        string Tree(string text)
        {
            var document = ReportPipeline.Parse(Encoding.UTF8.GetBytes(text), path, Reader);
            return Encoding.UTF8.GetString(Json(document with { Input = document.Input with { Sha256 = "", Bytes = 0, Lines = 0 } }));
        }
        string unchanged = Tree(original);
        var mutants = Mutant.Of(path, original).Array[40].Single();
        var trees = mutants.Select(m => Tree(m.Text)).ToList();
        Assert.That(mutants.Count(m => m.Text != original), Is.GreaterThan(35));
        Assert.That(trees.Count(t => t != unchanged), Is.GreaterThan(32));
        Assert.That(trees.Distinct().Count(), Is.GreaterThan(32));
    }

    [Test]
    public void Each_edit_does_what_it_says()
    {
        List<string> Lines() => ["a", "", "► b", "c😀d", ""];
        List<string> After(Mutation edit)
        {
            var lines = Lines();
            edit.Apply(lines);
            return lines;
        }
        Assert.Multiple(() =>
        {
            Assert.That(After(new Mutation.DeleteLine(7)), Is.EqualTo(new[] { "a", "", "c😀d", "" }));
            Assert.That(After(new Mutation.DuplicateLine(0)), Is.EqualTo(new[] { "a", "a", "", "► b", "c😀d", "" }));
            Assert.That(After(new Mutation.SwapLines(0, 3)), Is.EqualTo(new[] { "c😀d", "", "► b", "a", "" }));
            Assert.That(After(new Mutation.AddBlankLine(1)), Is.EqualTo(new[] { "a", "", "", "► b", "c😀d", "" }));
            Assert.That(After(new Mutation.RemoveBlankLine(1)), Is.EqualTo(new[] { "a", "", "► b", "c😀d" }));
            Assert.That(After(new Mutation.ChangeGlyph(1, "1. ")), Is.EqualTo(new[] { "a", "", "1. b", "c😀d", "" }));
            Assert.That(After(new Mutation.ChangeGlyph(0, "• ")), Is.EqualTo(new[] { "• a", "", "► b", "c😀d", "" }));
            // Column 2 is inside the emoji's surrogate pair: the text goes before the pair.
            Assert.That(After(new Mutation.InsertText(3, 2, "\uFEFF")), Is.EqualTo(new[] { "a", "", "► b", "c\uFEFF😀d", "" }));
            Assert.That(After(new Mutation.SplitLine(2, 2, 1)), Is.EqualTo(new[] { "a", "", "► ", "", "b", "c😀d", "" }));
        });
        var mutant = new Mutant("x", "a\r\nb\r\n", [new Mutation.DuplicateLine(1)], Crlf: false);
        Assert.That(mutant.Text, Is.EqualTo("a\nb\nb\n"));
        Assert.That(new Mutant("x", "a\nb", [new Mutation.DeleteLine(0)], Crlf: true).Text, Is.EqualTo("b"));
        Assert.That(new Mutant("x", "\uFEFF \n", [new Mutation.AddBlankLine(1)], Crlf: true).IsBlank, Is.True);
        Assert.That(new Mutant("x", "\uFEFF \n", [new Mutation.InsertText(0, 0, "x")], Crlf: true).IsBlank, Is.False);
    }
}
