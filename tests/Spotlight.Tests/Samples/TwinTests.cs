using System.Text.Json;
using System.Text.Json.Nodes;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Tests.Parsing;
using Spotlight.Writing;

namespace Spotlight.Tests.Samples;

/// <summary>
/// The HTML and PDF twins of a sample (built by tools/Spotlight.SampleBuilder from its text) give the whole tree of
/// the text itself: header, sections, items with their markers, figures, footnotes, furniture, mentions, stats and
/// diagnostics. Only where a node stands may differ (<c>line</c>, <c>lines</c>, <c>pages</c>, <c>origin</c>), and what
/// describes the file rather than the report.
/// </summary>
public sealed class TwinTests
{
    // The PDFs laid out afresh from their text (two or three pages, a running header at the top of each page and its
    // number at the foot), where the text copy carries neither: these lines are the PDF's own, and must be set aside
    // as furniture, page by page. The other PDF (008) is its text line for line, page lines and all.
    private static readonly HashSet<string> PdfsWithTheirOwnPageLines =
        ["001_bullets_highlights", "002_new_year_topics", "004_no_glyphs", "010_plain_source_captions"];

    // Every twin beside a text sample, so that a new twin is compared as soon as it is added.
    public static IEnumerable<TestCaseData> Twins() =>
        from path in Directory.EnumerateFiles(TestFiles.Samples)
        let extension = Path.GetExtension(path).TrimStart('.')
        where extension is "html" or "pdf"
        let name = Path.GetFileNameWithoutExtension(path)
        where File.Exists(Path.Combine(TestFiles.Samples, name + ".txt"))
        orderby name, extension
        select new TestCaseData(name, extension).SetName($"{name}.{extension}");

    private static ReportTree Parse(string file)
    {
        string path = Path.Combine(TestFiles.Samples, file);
        var bytes = File.ReadAllBytes(path);
        return ReportPipeline.Parse(bytes, file, ReportReaders.Detect(bytes, path));
    }

    private static JsonObject Tree(ReportTree tree)
    {
        using var output = new MemoryStream();
        new JsonReportWriter().Write(tree, output);
        return JsonNode.Parse(output.ToArray())!.AsObject();
    }

    /// <summary>
    /// The tree without where its nodes stand, and without <c>input</c>: its path, format, sha256, bytes and lines
    /// are the file's, and differ by format by definition.
    /// </summary>
    private static JsonObject Comparable(JsonObject tree)
    {
        tree.Remove("input");
        Strip(tree);
        return tree;
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (string key in new[] { "line", "lines", "pages", "origin" })
                    o.Remove(key);
                foreach (var (_, value) in o)
                    Strip(value);
                break;
            case JsonArray a:
                foreach (var value in a)
                    Strip(value);
                break;
        }
    }

    private static string Show(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    [Test]
    public void Every_twin_is_compared()
    {
        Assert.That(Twins().Select(t => t.TestName), Is.EqualTo(new[]
        {
            "001_bullets_highlights.html", "001_bullets_highlights.pdf", "002_new_year_topics.html", "002_new_year_topics.pdf",
            "004_no_glyphs.html", "004_no_glyphs.pdf", "007_web_gallery_editor.html", "008_pdf_n_bullets_footnote.pdf",
            "009_repost_site_text.html", "010_plain_source_captions.pdf",
        }));
    }

    [TestCaseSource(nameof(Twins))]
    public void The_twin_gives_the_tree_of_the_text(string name, string extension)
    {
        var textTree = Parse(name + ".txt");
        var twinTree = Parse($"{name}.{extension}");
        Assert.That(twinTree.Input.Format, Is.EqualTo(extension));
        var text = Comparable(Tree(textTree));
        var twin = Comparable(Tree(twinTree));

        if (extension == "pdf" && PdfsWithTheirOwnPageLines.Contains(name))
        {
            var report = text["report"]!.AsObject();
            Assert.That(report.ContainsKey("furniture"), Is.False, "the text copy has no page lines of its own");
            int pages = twinTree.Report.Sections.SelectMany(s => s.Items).Max(i => i.Pages!.Value.Max());
            Assert.That(pages, Is.GreaterThanOrEqualTo(2));
            report["furniture"] = new JsonArray(Enumerable.Range(1, pages).SelectMany(page => new JsonNode[]
            {
                new JsonObject { ["kind"] = "running-header", ["text"] = "Spotlight on Iran" },
                new JsonObject { ["kind"] = "page-number", ["text"] = page.ToString() },
            }).ToArray());
        }

        // One comparison of the whole tree, then the sections one by one, so that a difference is shown where it is.
        Assert.That(Show(twin), Is.EqualTo(Show(text)));
        var twinSections = twin["report"]!["sections"]!.AsArray();
        var textSections = text["report"]!["sections"]!.AsArray();
        Assert.That(twinSections.Select(s => (string?)s!["id"]), Is.EqualTo(textSections.Select(s => (string?)s!["id"])));
        for (int i = 0; i < textSections.Count; i++)
            Assert.That(Show(twinSections[i]!), Is.EqualTo(Show(textSections[i]!)), (string?)textSections[i]!["id"]);
    }

    [Test]
    public void The_comparison_reaches_markers_and_leaves_out_only_positions()
    {
        var text = Comparable(Tree(Parse("002_new_year_topics.txt")));
        var item = text["report"]!["sections"]![2]!["items"]![0]!.AsObject();
        Assert.That((string?)item["marker"], Is.EqualTo("►"));
        Assert.That(item.Select(p => p.Key), Is.EquivalentTo(new[] { "id", "marker", "text", "dates", "sources" }));
        Assert.That(text.Select(p => p.Key), Is.EquivalentTo(new[] { "schemaVersion", "report", "stats", "diagnostics" }));
    }

    [Test]
    public void A_list_in_the_html_twin_draws_the_glyph_of_the_text()
    {
        // The twin's Lebanon section is a <ul> whose items carry no glyph; its style draws the text's "►".
        string html = File.ReadAllText(Path.Combine(TestFiles.Samples, "002_new_year_topics.html"));
        Assert.That(html, Does.Contain("<ul style=\"list-style-type: '► '\">\n<li>On January 3, Hezbollah"));
        var lebanon = Parse("002_new_year_topics.html").Report.Sections.Single(s => s.Id == "lebanon");
        Assert.That(lebanon.Items.Select(i => i.Marker), Is.EqualTo(new[] { "►", "►", "►" }));
    }

    [Test]
    public void Pdf_items_say_on_which_pages_they_stand()
    {
        var pdf = Parse("002_new_year_topics.pdf");
        var items = pdf.Report.Sections.SelectMany(s => s.Items).ToList();
        Assert.That(items.All(i => i.Pages is { Length: > 0 }), Is.True);
        Assert.That(items.Where(i => i.Pages!.Value.Length > 1).Select(i => (i.Id, string.Join(",", i.Pages!.Value))),
            Is.EqualTo(new[] { ("lebanon-3", "1,2"), ("the-nuclear-program-2", "2,3") }));
        Assert.That(items[0].Pages!.Value, Is.EqualTo(new[] { 1 }));
        Assert.That(pdf.Report.Sections.SelectMany(s => s.Figures).Single().Pages!.Value, Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public void Text_and_html_have_no_pages()
    {
        foreach (string file in new[] { "002_new_year_topics.txt", "002_new_year_topics.html" })
            Assert.That(Parse(file).Report.Sections.SelectMany(s => s.Items).All(i => i.Pages is null), Is.True, file);
    }

    [Test]
    public void Running_headers_and_page_numbers_of_the_pdf_are_dropped()
    {
        var pdf = Parse("001_bullets_highlights.pdf");
        var all = pdf.Report.Sections.SelectMany(s => s.Items.Select(i => i.Text).Concat(s.Figures.Select(f => f.Caption))).ToList();
        Assert.That(all.Any(t => t.Contains("Spotlight on Iran")), Is.False);
        Assert.That(pdf.Report.Sections.Select(s => s.Id), Is.EqualTo(new[] { "overview", "syria", "lebanon", "iraq" }));
    }
}
