using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// The nesting cap: how deep a page's tags go as the parser will build them, how many elements it holds, and the
/// page the parser is given, every tag below the 512th level left out and its text kept.
/// </summary>
public sealed class HtmlNestingTests
{
    private static string Repeat(string tag, int count) => string.Concat(Enumerable.Repeat(tag, count));

    [TestCase("area")]
    [TestCase("base")]
    [TestCase("br")]
    [TestCase("col")]
    [TestCase("embed")]
    [TestCase("hr")]
    [TestCase("img")]
    [TestCase("input")]
    [TestCase("link")]
    [TestCase("meta")]
    [TestCase("param")]
    [TestCase("source")]
    [TestCase("track")]
    [TestCase("wbr")]
    [TestCase("p")]
    [TestCase("li")]
    [TestCase("dt")]
    [TestCase("dd")]
    [TestCase("option")]
    [TestCase("tr")]
    [TestCase("td")]
    [TestCase("th")]
    [TestCase("thead")]
    [TestCase("tbody")]
    [TestCase("tfoot")]
    [TestCase("colgroup")]
    [TestCase("html")]
    [TestCase("head")]
    [TestCase("body")]
    [TestCase("BR")]
    public void An_element_that_holds_nothing_or_closes_the_last_of_its_kind_makes_no_level(string tag)
    {
        string html = $"<div><{tag}>a<{tag}>b</div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 3)));
    }

    [TestCase("script")]
    [TestCase("style")]
    [TestCase("textarea")]
    [TestCase("title")]
    [TestCase("xmp")]
    [TestCase("noembed")]
    [TestCase("noframes")]
    [TestCase("iframe")]
    [TestCase("SCRIPT")]
    public void Tags_inside_an_element_of_raw_text_are_text(string tag)
    {
        string html = $"<{tag}>if (a<b) x = '<div><div>';</{tag.ToLowerInvariant()}><div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 2)));
    }

    [Test]
    public void Raw_text_ends_at_its_own_end_tag_not_at_its_name()
    {
        string html = "<script>script('<div>')</script><div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 2)));
    }

    [Test]
    public void Raw_text_never_closed_runs_to_the_end()
    {
        string html = "<style>p { }<div><div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 1, 1)));
    }

    [TestCase("<div>", 1, 1)]
    [TestCase("<div", 1, 1)]
    [TestCase("<div></div><div></div>", 1, 2)]
    [TestCase("<div><span></span><span>", 2, 3)]
    [TestCase("</div></div><div>", 1, 1)]
    [TestCase("a < b <div>", 1, 1)]
    [TestCase("a <", 0, 0)]
    [TestCase("a </", 0, 0)]
    [TestCase("<!-- <div> --><div>", 1, 1)]
    [TestCase("<!-- <div>", 0, 0)]
    [TestCase("<!DOCTYPE html><div>", 1, 1)]
    [TestCase("<?xml version=\"1.0\"?><div>", 1, 1)]
    [TestCase("<?xml", 0, 0)]
    [TestCase("<!x<div>", 0, 0)]
    [TestCase("<br/><img/>", 0, 2)]
    [TestCase("<div title=\"a>b<span>\">", 1, 1)]
    [TestCase("<div title='a>b<span>'>", 1, 1)]
    [TestCase("<div title = \"a>b<span>\">", 1, 1)]
    [TestCase("<div a=b><span>", 2, 2)]
    [TestCase("<div x'y><span>", 2, 2)]
    [TestCase("<div x\"y><span>", 2, 2)]
    [TestCase("<div title=\"unclosed><span>", 1, 1)]
    public void Depth_and_elements_are_counted_as_the_parser_reads_the_tags(string html, int depth, int elements) =>
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, depth, elements)));

    [Test]
    public void Tags_below_the_512th_level_are_left_out_with_their_end_tags_and_their_text_kept()
    {
        string html = Repeat("<div>", 513) + "text" + Repeat("</div>", 513) + "<div>after</div>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((Repeat("<div>", 512) + "text" + Repeat("</div>", 512) + "<div>after</div>", 513, 514)));
    }

    [Test]
    public void Tags_at_the_512th_level_are_kept()
    {
        string html = Repeat("<div>", 512) + "text" + Repeat("</div>", 512);
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((html, 512, 512)));
    }

    [Test]
    public void Raw_text_below_the_cap_is_skipped_as_text()
    {
        string html = Repeat("<div>", 512) + "<b><script>'<div>'</script></b>";
        Assert.That(HtmlNesting.Cap(html), Is.EqualTo((Repeat("<div>", 512) + "'<div>'", 514, 514)));
    }

    private static SourceTextAndFindings ReadNested(int levels)
    {
        var source = new HtmlReportReader().Read(Encoding.UTF8.GetBytes("<article>" + Repeat("<div>", levels - 1) + "<p>Iran sent aid.</p></article>"));
        return new(source.Text, [.. source.Diagnostics]);
    }

    private sealed record SourceTextAndFindings(string Text, Diagnostic[] Findings)
    {
        public bool Equals(SourceTextAndFindings? other) => other is not null && Text == other.Text && Findings.SequenceEqual(other.Findings);

        public override int GetHashCode() => Text.GetHashCode();
    }

    [Test]
    public void A_page_512_levels_deep_is_read_without_a_warning() =>
        Assert.That(ReadNested(512), Is.EqualTo(new SourceTextAndFindings("Iran sent aid.\n", [])));

    [Test]
    public void A_page_513_levels_deep_is_read_with_a_warning_naming_its_depth() =>
        Assert.That(ReadNested(513), Is.EqualTo(new SourceTextAndFindings("Iran sent aid.\n",
            [new Diagnostic("SPT025", DiagnosticSeverity.Warning, "HTML nested too deeply: tags below the limit are ignored: 513 levels, 512 kept", null, null, null)])));
}
