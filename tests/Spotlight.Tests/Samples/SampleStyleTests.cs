using Spotlight.Model;
using Spotlight.Tests.Parsing;

namespace Spotlight.Tests.Samples;

/// <summary>What each sample is there to show, asserted on its own so a regenerated golden file cannot hide a regression.</summary>
public sealed class SampleStyleTests
{
    private static ReportTree Parse(string name) => ParseHelper.File(Path.Combine(TestFiles.Samples, name));

    private static IEnumerable<(string, int, int)> Shape(ReportTree d) =>
        d.Report.Sections.Select(s => (s.Id, s.Items.Length, s.Figures.Length));

    [Test]
    public void Bullets_highlights_and_a_one_week_period()
    {
        var d = Parse("001_bullets_highlights.txt");
        Assert.That(d.Report.Period, Is.EqualTo(new Period(new(2017, 9, 10), new(2017, 9, 17), "September 10-17, 2017", 7)));
        Assert.That(d.Report.Authors.Single(), Is.EqualTo(new Author("Miriam Levin", "Dr.", AuthorRole.Editor, 9)));
        Assert.That(d.Report.Sections[0].Heading, Is.EqualTo("Highlights of the week"));
        Assert.That(Shape(d), Is.EqualTo(new[] { ("overview", 4, 0), ("syria", 3, 1), ("lebanon", 3, 0), ("iraq", 3, 0) }));
        Assert.That(d.Report.Sections.SelectMany(s => s.Items).Select(i => i.Marker).Distinct(), Is.EqualTo(new[] { "•" }));
        var syria2 = d.Report.Sections[1].Items[1];
        Assert.That((syria2.Lines, syria2.Text.Contains("flags of the pro-Iranian militias")), Is.EqualTo((new LineRange(31, 33), true)));
        var lebanon2 = d.Report.Sections[2].Items[1];
        Assert.That((lebanon2.Lines, lebanon2.Text.Contains("in the reconstruction of villages")), Is.EqualTo((new LineRange(41, 43), true)));
    }

    [Test]
    public void New_year_period_and_a_topic_heading()
    {
        var d = Parse("002_new_year_topics.txt");
        Assert.That((d.Report.Period!.Start, d.Report.Period.End), Is.EqualTo((new DateOnly(2021, 12, 23), new DateOnly(2022, 1, 6))));
        Assert.That(Shape(d), Is.EqualTo(new[] { ("overview", 3, 0), ("lebanon", 3, 0), ("yemen", 3, 1), ("the-nuclear-program", 3, 0) }));
        Assert.That(d.Report.Sections[3].Kind, Is.EqualTo(SectionKind.Topic));
    }

    [Test]
    public void Crlf_with_bom_and_a_summary_without_label()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.Samples, "003_crlf_bom_no_label.txt"));
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "the sample must keep its BOM");
        var d = Parse("003_crlf_bom_no_label.txt");
        Assert.That(d.Report.Series, Is.EqualTo("Spotlight on Iran"));
        Assert.That((d.Report.Sections[0].Heading, d.Report.Sections[0].Lines), Is.EqualTo(((string?)null, new LineRange(7, 13))));
        Assert.That(Shape(d), Is.EqualTo(new[] { ("overview", 4, 0), ("syria", 4, 0), ("palestinian-arena", 3, 0), ("gulf", 4, 0) }));
        Assert.That(d.Report.Sections.SelectMany(s => s.Items).All(i => !i.Text.Contains('\r')), Is.True);
    }

    [Test]
    public void Items_without_glyphs_and_a_two_line_caption()
    {
        var d = Parse("004_no_glyphs.txt");
        Assert.That(d.Report.Period!.Text, Is.EqualTo("October 26 – November 8, 2015"));
        Assert.That(d.Report.Authors.Single().Name, Is.EqualTo("Raz Zimmt"));
        Assert.That(Shape(d), Is.EqualTo(new[] { ("overview", 3, 0), ("iraq", 3, 1), ("afghanistan", 3, 0), ("syria-and-lebanon", 3, 0) }));
        Assert.That(d.Report.Sections.SelectMany(s => s.Items).All(i => i.Marker is null), Is.True);
        Assert.That(d.Report.Sections[1].Figures.Single().Lines, Is.EqualTo(new LineRange(22, 23)));
    }

    [Test]
    public void Glued_glyphs_and_repeated_captions()
    {
        var d = Parse("005_nospace_repeat_captions.txt");
        Assert.That(d.Report.Sections[0].Heading, Is.EqualTo("Overview"), "the footnote mark [1] is not part of the heading");
        Assert.That(Shape(d), Is.EqualTo(new[] { ("overview", 3, 0), ("syria", 3, 1), ("iraq", 3, 1), ("yemen", 3, 1) }));
        Assert.That(d.Report.Sections[2].Figures.Single().Caption,
            Is.EqualTo("Iraqi militia commanders meet the Iranian ambassador. (Fars, September 2)"));
        Assert.That(d.Report.Sections.SelectMany(s => s.Items).All(i => i.Marker == "►" && char.IsUpper(i.Text[0])), Is.True);
    }

    [Test]
    public void Day_first_period_numbered_summary_and_a_page_number()
    {
        var d = Parse("006_day_first_numbered.txt");
        Assert.That((d.Report.Series, d.Report.Period!.Start, d.Report.Period.End),
            Is.EqualTo(("Spotlight on Iran", new DateOnly(2017, 9, 19), new DateOnly(2017, 9, 27))));
        Assert.That(d.Report.Sections[0].Items.Select(i => i.Marker), Is.EqualTo(new[] { "1.", "2.", "3." }));
        Assert.That(Shape(d), Is.EqualTo(new[] { ("overview", 3, 0), ("africa", 3, 1), ("latin-america", 3, 0), ("iraq", 3, 0) }));
        var joined = d.Report.Sections[2].Items[0];
        Assert.That((joined.Lines, joined.Text.Contains("between the two countries in the fields of oil")), Is.EqualTo((new LineRange(34, 38), true)));
        Assert.That(d.Report.Sections[1].Figures.Single().Caption, Does.EndWith("Source: Fars News Agency"));
    }
}
