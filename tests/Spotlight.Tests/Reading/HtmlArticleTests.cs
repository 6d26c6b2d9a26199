using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Which part of a page the HTML reader takes for the report: of several candidates the one with most text of its
/// own (furniture aside), its title when the theme sets it outside, and the site's lines above it.
/// </summary>
public sealed class HtmlArticleTests
{
    private static string[] Read(string body) => ReadLines.OfHtml("<body>" + body + "</body>");

    [Test]
    public void Of_two_articles_with_as_much_text_the_first_is_the_report() =>
        Assert.That(Read("<article><p>First</p></article><article><p>Other</p></article>"), Is.EqualTo(new[] { "Paragraph@1:16 First" }));

    [Test]
    public void Of_two_articles_the_one_with_more_text_is_the_report() =>
        Assert.That(Read("<article><p>Iran</p></article><article><p>Iran sent aid.</p></article>"),
            Is.EqualTo(new[] { "Paragraph@1:46 Iran sent aid." }));

    [Test]
    public void An_article_s_furniture_does_not_count_as_its_text() =>
        Assert.That(Read("<article><p>Short</p><div class=\"share\">Share on Twitter and on Facebook</div></article><article><p>Longer words</p></article>"),
            Is.EqualTo(new[] { "Paragraph@1:104 Longer words" }));

    [Test]
    public void White_space_around_an_article_s_words_does_not_count_as_its_text() =>
        Assert.That(Read("<article><p>  Report one  </p></article><article><p>Report two!</p></article>"),
            Is.EqualTo(new[] { "Paragraph@1:56 Report two!" }));

    [Test]
    public void An_article_with_no_text_of_its_own_gives_way_to_the_next_kind_of_candidate() =>
        Assert.That(Read("<article><div class=\"share\">Share</div></article><main><p>Iran sent aid.</p></main>"),
            Is.EqualTo(new[] { "Paragraph@1:62 Iran sent aid." }));

    [Test]
    public void The_entry_content_of_an_article_is_the_report_and_what_the_article_sets_above_it_site_text() =>
        Assert.That(Read("<article><p>Posted in News</p><div class=\"entry-content\"><p>Iran sent aid.</p></div></article>"),
            Is.EqualTo(new[] { "Furniture@1:16 Posted in News", "", "Paragraph@1:64 Iran sent aid." }));

    [Test]
    public void An_article_in_a_sidebar_with_as_much_text_as_the_page_is_not_the_report() =>
        Assert.That(Read("<div class=\"sidebar\"><article><p>Teaser</p></article></div><p>Report</p>"), Is.EqualTo(new[] { "Paragraph@1:66 Report" }));

    [Test]
    public void An_article_in_a_sidebar_with_more_text_than_the_page_is_the_report() =>
        Assert.That(Read("<div class=\"sidebar\"><article><p>Iran sent aid.</p></article></div><p>Report</p>"),
            Is.EqualTo(new[] { "Paragraph@1:37 Iran sent aid." }));

    [Test]
    public void The_site_s_lines_above_the_article_are_furniture_but_not_a_block_holding_furniture() =>
        Assert.That(Read("<main><div class=\"top\"><p>Site line</p><nav>Menu</nav></div><p>Kept line</p><div class=\"share\">Share</div>"
                + "<article><p>Iran sent aid.</p></article><p>After</p></main>"),
            Is.EqualTo(new[] { "Furniture@1:67 Kept line", "", "Paragraph@1:122 Iran sent aid." }));

    [Test]
    public void A_list_of_site_lines_draws_its_markers_on_every_item_s_first_line() =>
        Assert.That(Read("<main><ol><li>Home<br>Start</li><li>Next</li></ol><ul style=\"list-style-type: none\"><li>Tags</li></ul>"
                + "<article><p>Iran sent aid.</p></article></main>"),
            Is.EqualTo(new[]
            {
                "Furniture@1:17 1. Home", "Furniture@1:25 Start", "Furniture@1:39 2. Next", "",
                "Furniture@1:91 Tags", "", "Paragraph@1:118 Iran sent aid.",
            }));

    [Test]
    public void The_title_outside_the_article_comes_after_the_site_s_lines_and_before_the_text() =>
        Assert.That(Read("<main><p>Site line</p><header class=\"entry-header\"><h1 class=\"entry-title\">Spotlight on Iran</h1></header>"
                + "<article><p>Iran sent aid.</p></article></main>"),
            Is.EqualTo(new[] { "Furniture@1:13 Site line", "", "Heading@1:58 Spotlight on Iran", "", "Paragraph@1:122 Iran sent aid." }));

    [Test]
    public void A_title_after_the_article_s_text_is_not_its_title() =>
        Assert.That(Read("<article><div class=\"entry-content\"><p>Iran sent aid.</p></div><footer><h1 class=\"entry-title\">Next post</h1></footer></article>"),
            Is.EqualTo(new[] { "Paragraph@1:43 Iran sent aid." }));

    [Test]
    public void An_article_with_a_title_of_its_own_takes_none_from_outside() =>
        Assert.That(Read("<h1 class=\"entry-title\">Tag archive</h1><article><h1>Spotlight on Iran</h1><p>Iran sent aid.</p></article>"),
            Is.EqualTo(new[] { "Heading@1:56 Spotlight on Iran", "", "Paragraph@1:82 Iran sent aid." }));

    [Test]
    public void A_title_in_the_navigation_is_not_the_article_s() =>
        Assert.That(Read("<nav><h1 class=\"entry-title\">Site name</h1></nav><article><p>Iran sent aid.</p></article>"),
            Is.EqualTo(new[] { "Paragraph@1:65 Iran sent aid." }));

    [TestCase("h1.post-title", "<h1 class=\"post-title\">Spotlight on Iran</h1><div class=\"entry-content\"><p>Iran sent aid.</p></div>")]
    [TestCase("main h1", "<main><h1>Spotlight on Iran</h1><div class=\"post-content\"><p>Iran sent aid.</p></div></main>")]
    public void A_title_outside_the_block_of_text_is_found_by_each_theme_s_markup(string selector, string body) =>
        Assert.That(Read(body).Where(l => l.Length > 0).Select(l => l[..l.IndexOf('@')] + l[l.IndexOf(' ')..]),
            Is.EqualTo(new[] { "Heading Spotlight on Iran", "Paragraph Iran sent aid." }), selector);

    [Test]
    public void Script_and_style_inside_a_title_outside_the_article_are_not_its_text() =>
        Assert.That(Read("<header class=\"entry-header\"><h1 class=\"entry-title\">Spotlight<style>h1 { color: red }</style> on"
                + "<script>track()</script> Iran</h1></header><article><p>Iran sent aid.</p></article>"),
            Is.EqualTo(new[] { "Heading@1:36 Spotlight on Iran", "", "Paragraph@1:156 Iran sent aid." }));
}
