using Spotlight.Model;

namespace Spotlight.Tests.Parsing;

/// <summary>How far down the title is looked for, what a period on the title line leaves, and which "By" lines name authors.</summary>
public sealed class HeaderEdgeTests
{
    private const string Period = "November 4, 2021 – November 18, 2021";
    private const string Author = "Author: Dr. Raz Zimmt";

    private const string Body = "\n\nOverview\n\n► Iran condemned the attack on its embassy (Fars, November 5).\n";

    private static Report Parse(string text) => ParseHelper.Text(text).Report;

    private static string SiteLines(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(n => $"Tag Archives: Iran {n}\n"));

    [Test]
    public void A_title_on_the_last_line_after_site_text_is_found()
    {
        var report = Parse("Tag Archives: Iran\nSpotlight on Iran");
        Assert.That((report.Series, report.SeriesLine), Is.EqualTo(("Spotlight on Iran", (int?)2)));
    }

    // The title is looked for among the first 16 non-blank lines only.
    [TestCase(15, "Spotlight on Iran")]
    [TestCase(16, "Tag Archives: Iran 1")]
    public void Site_text_above_the_title_is_looked_through_for_sixteen_lines(int siteLines, string series)
    {
        var report = Parse($"{SiteLines(siteLines)}Spotlight on Iran\n{Period}\n{Author}{Body}");
        Assert.That(report.Series, Is.EqualTo(series));
    }

    // A line of 160 characters may stand in a header; a longer one is the body, and the search stops there.
    [TestCase(160, "Spotlight on Iran")]
    [TestCase(161, null)]
    public void A_line_too_long_for_a_header_ends_the_search_for_the_title(int length, string? series)
    {
        string line = "Tag Archives: Iran" + new string('x', length - 18);
        var report = Parse($"{line}\nSpotlight on Iran\n{Period}\n{Author}{Body}");
        Assert.That(report.Series, Is.EqualTo(series));
    }

    [Test]
    public void A_period_above_the_title_starts_the_header()
    {
        var report = Parse($"{Period}\nSpotlight on Iran\n{Author}{Body}");
        Assert.That((report.Series, report.SeriesLine, report.Period?.Line, report.Furniture?.Length ?? 0),
            Is.EqualTo(("Spotlight on Iran", (int?)2, (int?)1, 0)));
    }

    [Test]
    public void An_unknown_title_before_the_period_on_its_line_is_the_series()
    {
        var report = Parse($"Weekly Digest – {Period}\n{Author}{Body}");
        Assert.That((report.Series, report.SeriesLine, report.Period?.Line), Is.EqualTo(("Weekly Digest", (int?)1, (int?)1)));
    }

    [Test]
    public void A_known_title_after_the_period_on_its_line_is_the_series()
    {
        var report = Parse($"{Period} – Spotlight on Iran\n{Author}{Body}");
        Assert.That((report.Series, report.SeriesLine, report.Period?.Line), Is.EqualTo(("Spotlight on Iran", (int?)1, (int?)1)));
    }

    // The title written again ends the header: an author line after it is the body's.
    [Test]
    public void The_title_written_again_ends_the_header()
    {
        var report = Parse($"Spotlight on Iran\n{Period}\nSpotlight on Iran\n{Author}{Body}");
        Assert.That((report.Series, report.Authors.Length), Is.EqualTo(("Spotlight on Iran", 0)));
    }

    [TestCase("By Zimmt", "Zimmt")]
    [TestCase("By the Foreign Ministry", null)]
    public void A_by_line_of_names_alone_names_an_author(string line, string? name)
    {
        var report = Parse($"Spotlight on Iran\n{Period}\n{line}{Body}");
        Assert.That(report.Authors.Select(a => a.Name), Is.EqualTo(name is null ? Array.Empty<string>() : new[] { name }));
    }

    [Test]
    public void Empty_names_between_separators_are_skipped()
    {
        var report = Parse($"Spotlight on Iran\n{Period}\nAuthors: Dr. Raz Zimmt, , Dana Cohen{Body}");
        Assert.That(report.Authors.Select(a => a.Name), Is.EqualTo(new[] { "Raz Zimmt", "Dana Cohen" }));
    }
}
