using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Tests.Parsing;

namespace Spotlight.Tests.Samples;

/// <summary>
/// The HTML and PDF twins of a sample (built by tools/Spotlight.SampleBuilder from its text) give the
/// same sections, items, figures, dates and sources as the text itself.
/// </summary>
public sealed class TwinTests
{
    public static IEnumerable<TestCaseData> Twins() =>
        from name in new[] { "001_bullets_highlights", "002_new_year_topics", "004_no_glyphs" }
        from extension in new[] { "html", "pdf" }
        select new TestCaseData(name, extension).SetName($"{name}.{extension}");

    private static ReportTree Parse(string file)
    {
        string path = Path.Combine(TestFiles.Samples, file);
        var bytes = File.ReadAllBytes(path);
        return ReportPipeline.Parse(bytes, file, ReportReaders.Detect(bytes, path));
    }

    private static object Shape(ReportTree d) => new
    {
        d.Report.Series,
        Period = (d.Report.Period?.Start, d.Report.Period?.End, d.Report.Period?.Text),
        Authors = d.Report.Authors.Select(a => (a.Name, a.Honorific, a.Role)).ToList(),
        Sections = d.Report.Sections.Select(s => new
        {
            s.Id, s.Kind, s.Heading, s.Region,
            Items = s.Items.Select(i => (i.Text, Mentions(i.Dates, i.Sources))).ToList(),
            Figures = s.Figures.Select(f => (f.Caption, Mentions(f.Dates, f.Sources))).ToList(),
        }).ToList(),
        d.Stats,
    };

    // Reflection is fine in tests; tuples need their fields included to be compared at all.
    private static string Json(object shape) =>
        System.Text.Json.JsonSerializer.Serialize(shape, new System.Text.Json.JsonSerializerOptions { IncludeFields = true, WriteIndented = true });

    private static string Mentions(IEnumerable<DateMention> dates, IEnumerable<SourceMention> sources) =>
        string.Join("; ", dates.Select(x => $"{x.Text}={x.Value}")) + " | "
        + string.Join("; ", sources.Select(x => $"{x.Kind}:{x.Name}={x.Outlet}@{x.Date}"));

    [TestCaseSource(nameof(Twins))]
    public void The_twin_gives_the_tree_of_the_text(string name, string extension)
    {
        var text = Parse(name + ".txt");
        var twin = Parse($"{name}.{extension}");
        Assert.That(twin.Input.Format, Is.EqualTo(extension));
        Assert.That(Json(Shape(twin)), Is.EqualTo(Json(Shape(text))));
        Assert.That(Json(Shape(text)), Does.Contain(System.Text.Json.JsonSerializer.Serialize(text.Report.Sections[1].Items[0].Text)),
            "the comparison reaches the items' text");
        // Compared member by member as well, so that a difference is shown where it is.
        Assert.That(twin.Report.Sections.SelectMany(s => s.Items).Select(i => i.Text),
            Is.EqualTo(text.Report.Sections.SelectMany(s => s.Items).Select(i => i.Text)));
        Assert.That(twin.Diagnostics, Is.Empty);
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
