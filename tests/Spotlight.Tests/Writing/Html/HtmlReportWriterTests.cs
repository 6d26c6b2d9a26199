using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Writing;
using Spotlight.Writing.Html;

namespace Spotlight.Tests.Writing.Html;

/// <summary>The page of a report read back as a browser's parser reads it: every node, mention and link of the tree in it.</summary>
public sealed class HtmlReportWriterTests
{
    private static readonly Lazy<ReportTree> Seed = new(() =>
        ReportPipeline.Parse(File.ReadAllBytes(TestFiles.SeedPath), "seed.txt", ReportReaders.ForName("text")));

    private static string Page(bool many, params ReportTree[] trees)
    {
        using var buffer = new MemoryStream();
        using (var output = new HtmlReportWriter().Open(buffer, many))
            foreach (var tree in trees)
                output.Write(tree);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static (IDocument Document, int Errors) Read(string page)
    {
        var parser = new HtmlParser();
        int errors = 0;
        parser.Error += (_, _) => errors++;
        return (parser.ParseDocument(page), errors);
    }

    [Test]
    public void The_seed_page_holds_every_section_item_and_figure_with_its_text()
    {
        var tree = Seed.Value;
        var (document, errors) = Read(Page(false, tree));
        Assert.That(errors, Is.Zero);
        Assert.That(document.Title, Is.EqualTo($"{tree.Report.Series}, {tree.Report.Period!.Text}"));
        Assert.That(document.QuerySelector("h1")!.TextContent, Is.EqualTo(tree.Report.Series));
        Assert.That(document.QuerySelectorAll("section.section").Select(s => s.Id), Is.EqualTo(tree.Report.Sections.Select(s => "sec-" + s.Id)));
        foreach (var section in tree.Report.Sections)
        {
            Assert.That(document.GetElementById("sec-" + section.Id)!.QuerySelector("h2")!.TextContent, Is.EqualTo(section.Heading ?? "Summary"));
            foreach (var item in section.Items)
            {
                var element = document.GetElementById(item.Id)!;
                Assert.That(element.LocalName, Is.EqualTo("li"));
                Assert.That(element.QuerySelector("p.text")!.TextContent, Is.EqualTo(item.Text));
                Assert.That(element.QuerySelector(".marker")?.TextContent, Is.EqualTo(item.Marker));
                Assert.That(element.QuerySelector(".where")!.TextContent,
                    Is.EqualTo(item.Lines.First == item.Lines.Last ? $"line {item.Lines.First}" : $"lines {item.Lines.First}–{item.Lines.Last}"));
            }
            foreach (var figure in section.Figures)
            {
                var caption = document.GetElementById(figure.Id)!.QuerySelector("figcaption")!;
                Assert.That(caption.TextContent, Does.EndWith(figure.Caption));
            }
        }
    }

    [Test]
    public void Every_date_and_source_of_the_tree_is_marked_with_its_values()
    {
        var tree = Seed.Value;
        var (document, _) = Read(Page(false, tree));
        int dates = 0, sources = 0;
        foreach (var node in tree.Report.Sections.SelectMany(s => s.Nodes))
        {
            var element = document.GetElementById(node.Id)!;
            var marked = element.QuerySelectorAll("time.date").GroupBy(e => e.GetAttribute("data-mention")).ToList();
            Assert.That(marked.Select(g => string.Concat(g.Select(e => e.TextContent))), Is.EqualTo(node.Dates.Select(d => node.Text.Substring(d.Start, d.Length))), node.Id);
            Assert.That(marked.Select(g => g.First().GetAttribute("datetime")), Is.EqualTo(node.Dates.Select(d => d.Value)), node.Id);
            Assert.That(marked.Select(g => g.First().GetAttribute("data-granularity")), Is.EqualTo(node.Dates.Select(d => TreeNames.Of(d.Granularity))), node.Id);
            var cited = element.QuerySelectorAll("cite.source").GroupBy(e => e.GetAttribute("data-mention")).ToList();
            Assert.That(cited.Select(g => g.First().GetAttribute("data-outlet")), Is.EqualTo(node.Sources.Select(s => s.Outlet)), node.Id);
            Assert.That(cited.Select(g => g.First().GetAttribute("data-date")), Is.EqualTo(node.Sources.Select(s => s.Date)), node.Id);
            dates += marked.Count;
            sources += cited.Count;
        }
        Assert.That((dates, sources), Is.EqualTo((tree.Stats.Dates, tree.Stats.Sources)));
        Assert.That(dates, Is.GreaterThan(30));
    }

    [Test]
    public void Every_link_of_the_contents_and_the_findings_leads_to_an_element_of_the_page()
    {
        var tree = Seed.Value;
        var finding = new Spotlight.Diagnostics.Diagnostic("SPT008", Spotlight.Diagnostics.DiagnosticSeverity.Warning, "item cites no source", 22, 1, "syria-1");
        var (document, _) = Read(Page(false, tree with { Diagnostics = [finding] }));
        var toc = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(toc, Has.Count.EqualTo(tree.Report.Sections.Length));
        Assert.That(toc.Select(href => document.GetElementById(href![1..])?.LocalName), Is.All.EqualTo("section"));
        var diagnostic = document.QuerySelector("section.diagnostics li")!;
        Assert.That(diagnostic.TextContent, Is.EqualTo("SPT008 warning: item cites no source line 22, column 1 syria-1"));
        Assert.That(diagnostic.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("#syria-1"));
        Assert.That(document.GetElementById("syria-1")!.LocalName, Is.EqualTo("li"));
    }

    [Test]
    public void A_report_holding_markup_shows_it_as_text_and_the_page_runs_nothing()
    {
        var tree = Seed.Value;
        var section = tree.Report.Sections[1];
        var item = section.Items[0] with { Text = "<script>document.title='owned'</script><img src=x onerror=alert(1)>", Dates = [], Sources = [] };
        var changed = tree with
        {
            Report = tree.Report with
            {
                Series = "</title><script>x()</script>",
                Sections = tree.Report.Sections.SetItem(1, section with { Items = section.Items.SetItem(0, item) }),
            },
        };
        var (document, errors) = Read(Page(false, changed));
        Assert.That(errors, Is.Zero);
        Assert.That(document.QuerySelectorAll("script, img"), Is.Empty);
        Assert.That(document.GetElementById(item.Id)!.QuerySelector("p.text")!.TextContent, Is.EqualTo(item.Text));
        Assert.That(document.Title, Does.StartWith("</title><script>x()</script>"));
    }

    [Test]
    public void A_figure_between_items_closes_the_list_and_the_next_list_goes_on_counting()
    {
        var tree = Seed.Value;
        var section = tree.Report.Sections.First(s => s.Figures.Length > 0 && s.Items.Any(i => i.Lines.First > s.Figures[0].Lines.First));
        var (document, _) = Read(Page(false, tree));
        var lists = document.GetElementById("sec-" + section.Id)!.QuerySelectorAll("ol.items").ToList();
        int before = section.Items.Count(i => i.Lines.First < section.Figures[0].Lines.First);
        Assert.That(lists, Has.Count.GreaterThan(1));
        Assert.That(lists[0].Children.Length, Is.EqualTo(before));
        Assert.That(lists[1].GetAttribute("start"), Is.EqualTo((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(lists[0].NextElementSibling!.LocalName, Is.EqualTo("figure"));
    }

    [Test]
    public void Many_reports_make_one_page_whose_ids_are_each_used_once()
    {
        var (document, errors) = Read(Page(true, Seed.Value, Seed.Value));
        Assert.That(errors, Is.Zero);
        Assert.That(document.Title, Is.EqualTo("Reports"));
        Assert.That(document.QuerySelectorAll("article.report").Select(a => a.Id), Is.EqualTo(new[] { "r1-report", "r2-report" }));
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.That(ids, Is.Unique);
        Assert.That(document.QuerySelectorAll("a[href^='#']").Select(a => document.GetElementById(a.GetAttribute("href")![1..])), Has.None.Null);
    }

    [Test]
    public void A_section_named_like_an_item_does_not_share_its_id()
    {
        var tree = Seed.Value;
        var renamed = tree.Report.Sections.Select((s, i) => i == 2 ? s with { Id = "sec-" + tree.Report.Sections[1].Id } : s).ToImmutableArray();
        var (document, _) = Read(Page(false, tree with { Report = tree.Report with { Sections = renamed } }));
        Assert.That(document.QuerySelectorAll("[id]").Select(e => e.Id), Is.Unique);
    }

    [Test]
    public void A_many_output_with_no_report_is_a_page_that_says_so_and_a_single_one_is_empty()
    {
        var (document, errors) = Read(Page(true));
        Assert.That(errors, Is.Zero);
        Assert.That(document.QuerySelector("p.empty")!.TextContent, Is.EqualTo("No report was converted."));
        Assert.That(Page(false), Is.Empty);
    }

    [Test]
    public void A_single_output_takes_one_report()
    {
        using var buffer = new MemoryStream();
        using var output = new HtmlReportWriter().Open(buffer, many: false);
        output.Write(Seed.Value);
        Assert.Throws<InvalidOperationException>(() => output.Write(Seed.Value));
    }

    [Test]
    public void Footnotes_and_furniture_have_parts_of_their_own()
    {
        var tree = Seed.Value;
        var report = tree.Report with
        {
            Footnotes = [new Footnote("1", "A note <kept>.", new LineRange(80, 80))],
            Furniture = [new Furniture(FurnitureKind.PageNumber, "3", new LineRange(40, 40))],
        };
        var (document, _) = Read(Page(false, tree with { Report = report }));
        Assert.That(document.QuerySelector("section.footnotes li")!.TextContent, Is.EqualTo("line 801 A note <kept>."));
        Assert.That(document.QuerySelector("section.furniture tbody tr")!.TextContent, Is.EqualTo("line 40page-number3"));
        Assert.That(Read(Page(false, tree)).Document.QuerySelector("section.footnotes, section.furniture"), Is.Null);
    }

    [Test]
    public void A_pdf_node_says_its_pages()
    {
        var tree = Seed.Value;
        var section = tree.Report.Sections[1];
        var items = section.Items.SetItem(0, section.Items[0] with { Pages = [2, 3] }).SetItem(1, section.Items[1] with { Pages = [4] });
        var changed = tree with { Report = tree.Report with { Sections = tree.Report.Sections.SetItem(1, section with { Items = items }) } };
        var (document, _) = Read(Page(false, changed));
        Assert.That(document.GetElementById(items[0].Id)!.QuerySelector(".where")!.TextContent, Does.EndWith(", pp. 2–3"));
        Assert.That(document.GetElementById(items[1].Id)!.QuerySelector(".where")!.TextContent, Does.EndWith(", p. 4"));
    }

    [Test]
    public void A_report_without_title_period_or_sections_still_makes_a_page()
    {
        var tree = Seed.Value;
        var bare = tree with { Report = tree.Report with { Series = null, Period = null, Authors = [], Sections = [] } };
        var (document, errors) = Read(Page(false, bare));
        Assert.That(errors, Is.Zero);
        Assert.That(document.Title, Is.EqualTo("seed.txt"));
        Assert.That(document.QuerySelector("h1")!.TextContent, Is.EqualTo("Report without a title"));
        Assert.That(document.QuerySelectorAll("p.empty").Select(p => p.TextContent), Is.EqualTo(new[] { "No period found.", "No section found." }));
    }
}
