using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Spotlight.Model;
using Spotlight.Writing.Html;

namespace Spotlight.Tests.Writing.Html;

/// <summary>Dates and sources marked in a node's text: sources around the dates they cite, crossing spans split, text kept whole.</summary>
public sealed class MentionMarkupTests
{
    private static DateMention Date(int start, int length, string value = "2021-11-15", DateModifier? modifier = null, bool relative = false) =>
        new("d", value, DateGranularity.Day, modifier, relative, start, length);

    private static SourceMention Source(int start, int length, string? outlet = "Fars News Agency", SourcePlatform? platform = null, string? date = null) =>
        new("Fars", outlet, SourceKind.Citation, platform, date, "s", start, length);

    private static string Marked(string text, DateMention[] dates, SourceMention[] sources)
    {
        var page = new StringBuilder();
        MentionMarkup.Append(page, text, [.. dates], [.. sources], "n");
        return page.ToString();
    }

    /// <summary>The text a browser would show: every tag taken out and the escapes read back.</summary>
    private static string Shown(string markup) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(markup, "<[^>]*>", ""));

    [Test]
    public void A_source_holds_the_date_it_cites()
    {
        const string text = "Talks went on (Fars, November 15).";
        string markup = Marked(text, [Date(21, 11)], [Source(15, 17, date: "2021-11-15")]);
        Assert.That(markup, Is.EqualTo("Talks went on (<cite class=\"source\" data-mention=\"n-s1\" data-kind=\"citation\" data-outlet=\"Fars News Agency\" "
            + "data-date=\"2021-11-15\" data-note=\"Fars News Agency · citation · 2021-11-15\" title=\"Fars News Agency · citation · 2021-11-15\">Fars, "
            + "<time class=\"date\" datetime=\"2021-11-15\" data-mention=\"n-d1\" data-granularity=\"day\" data-note=\"2021-11-15 · day\" "
            + "title=\"2021-11-15 · day\">November 15</time></cite>)."));
        Assert.That(Shown(markup), Is.EqualTo(text));
    }

    [Test]
    public void A_date_that_crosses_a_source_edge_is_split_and_each_piece_names_the_same_mention()
    {
        const string text = "abcdefghij";
        string markup = Marked(text, [Date(4, 4)], [Source(0, 6)]);
        Assert.That(System.Text.RegularExpressions.Regex.Matches(markup, "data-mention=\"n-d1\"").Count, Is.EqualTo(2));
        Assert.That(markup, Does.Contain(">ef</time></cite><time"));
        Assert.That(markup, Does.EndWith(">gh</time>ij"));
        Assert.That(Shown(markup), Is.EqualTo(text));
    }

    [Test]
    public void An_unknown_outlet_a_platform_a_modifier_and_a_relative_date_are_said()
    {
        string markup = Marked("x y", [Date(2, 1, "2021-11", DateModifier.Mid, relative: true)], [Source(0, 1, outlet: null, platform: SourcePlatform.Telegram)]);
        Assert.That(markup, Does.Contain("data-kind=\"citation\" data-platform=\"telegram\" data-note=\"Fars (outlet not known) · citation · telegram\""));
        Assert.That(markup, Does.Not.Contain("data-outlet"));
        Assert.That(markup, Does.Contain("data-granularity=\"day\" data-modifier=\"mid\" data-relative=\"true\" data-note=\"2021-11 · day · mid · relative\""));
    }

    [Test]
    public void Text_without_mentions_is_only_escaped()
    {
        Assert.That(Marked("a <b> & c", [], []), Is.EqualTo("a &lt;b&gt; &amp; c"));
    }

    [Test]
    public void Text_inside_and_around_marks_is_escaped()
    {
        string markup = Marked("<i>&</i>", [Date(3, 1)], []);
        Assert.That(Shown(markup), Is.EqualTo("<i>&</i>"));
        Assert.That(markup, Does.StartWith("&lt;i&gt;<time"));
    }

    [Test]
    public void Spans_past_the_text_are_cut_at_its_end_and_empty_ones_give_no_element()
    {
        string markup = Marked("abc", [Date(1, 10), Date(2, 0), Date(-5, 3)], [Source(5, 2)]);
        Assert.That(markup, Does.StartWith("a<time"));
        Assert.That(markup, Does.EndWith(">bc</time>"));
        Assert.That(System.Text.RegularExpressions.Regex.Matches(markup, "<time").Count, Is.EqualTo(1));
        Assert.That(markup, Does.Not.Contain("<cite"));
    }

    [Test]
    public void Two_sources_at_one_place_nest_the_shorter_inside_the_longer()
    {
        string markup = Marked("abcdef", [], [Source(0, 3), Source(0, 6)]);
        Assert.That(markup, Does.StartWith("<cite class=\"source\" data-mention=\"n-s2\""));
        Assert.That(markup, Does.Contain(">abc</cite>def</cite>"));
    }

    [Test]
    public void Marking_grows_with_the_number_of_mentions_not_its_square()
    {
        static TimeSpan Time(int count)
        {
            var text = string.Concat(Enumerable.Repeat("on November 15 ", count));
            var dates = Enumerable.Range(0, count).Select(i => Date(i * 15 + 3, 11)).ToArray();
            var sources = Enumerable.Range(0, count).Select(i => Source(i * 15, 14)).ToArray();
            Marked(text, dates, sources);
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < 3; i++)
                Marked(text, dates, sources);
            return clock.Elapsed;
        }
        Time(2_000);
        var one = Time(5_000);
        var four = Time(20_000);
        Assert.That(four.TotalMilliseconds, Is.LessThan(one.TotalMilliseconds * 8 + 50), $"1×: {one}, 4×: {four}");
    }
}
