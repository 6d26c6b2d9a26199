using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Tests.Parsing;

/// <summary>An item's text is joined from several source lines; every offset of it still names its own line and column.</summary>
public sealed class ItemPositionTests
{
    // Line 10 ends in a hyphen the join drops ("coun-" + "terpart"), line 11 is indented, and after a page number
    // between blank lines the item goes on in lower case on line 18.
    private const string Body =
        "Syria\n" +                                                              // 8
        "\n" +                                                                   // 9
        "► Iran’s foreign minister met his Syrian coun-\n" +                     // 10
        "  terpart (IRNA, November 6) in Damascus, and the two\n" +              // 11
        "\n\n\n" +                                                               // 12-14
        "12\n" +                                                                 // 15
        "\n\n" +                                                                 // 16-17
        "said the talks would go on (Fars, November 8).\n" +                     // 18
        "► Another item (Tasnim, November 9).\n";                                // 19

    private static Item Item() => ParseHelper.Text(ParseHelper.Header + Body).Report.Sections.Single(s => s.Id == "syria").Items[0];

    [Test]
    public void The_item_is_joined_across_the_hyphen_and_the_page_break()
    {
        var item = Item();
        Assert.That(item.Text, Is.EqualTo(
            "Iran’s foreign minister met his Syrian counterpart (IRNA, November 6) in Damascus, and the two said the talks would go on (Fars, November 8)."));
        Assert.That((item.Lines, item.SourceLines), Is.EqualTo((new LineRange(10, 18), (int[])[10, 11, 18])));
    }

    [Test]
    public void Mentions_on_the_second_and_third_source_lines_have_their_own_line_and_column()
    {
        var item = Item();
        Assert.That(item.Sources.Select(s => (s.Name, item.PositionAt(s.Start))), Is.EqualTo(new[]
        {
            ("IRNA", new LinePosition(11, 12)),
            ("Fars", new LinePosition(18, 29)),
        }));
        Assert.That(item.Dates.Select(d => (d.Text, item.PositionAt(d.Start))), Is.EqualTo(new[]
        {
            ("November 6", new LinePosition(11, 18)),
            ("November 8", new LinePosition(18, 35)),
        }));
    }

    [Test]
    public void The_word_mended_across_the_hyphen_stands_on_both_lines()
    {
        var item = Item();
        int word = item.Text.IndexOf("counterpart", StringComparison.Ordinal);
        Assert.That(item.PositionAt(word), Is.EqualTo(new LinePosition(10, 42)), "'coun' after the marker");
        Assert.That(item.PositionAt(word + 4), Is.EqualTo(new LinePosition(11, 3)), "'terpart' after the indent, the hyphen dropped");
        Assert.That(item.PositionAt(0), Is.EqualTo(new LinePosition(10, 3)), "the text starts after '► '");
    }

    [Test]
    public void The_csv_line_of_each_mention_is_read_from_the_same_map()
    {
        var item = Item();
        Assert.That(item.Sources.Select(s => item.LineAt(s.Start)), Is.EqualTo(new[] { 11, 18 }));
    }
}
