namespace Spotlight.Tests.Parsing.Layout;

/// <summary>
/// Letters a PDF converter wrote for symbol-font bullets ("n", "l", "q", "Ø", "§"): bullets where the document
/// opens lines with them at least twice before text that starts like a sentence, text everywhere else.
/// </summary>
public sealed class BulletLettersTests
{
    private static IEnumerable<(string?, string, int, int)> Items(string body) =>
        ParseHelper.Text(ParseHelper.Header + body).Report.Sections.SelectMany(s => s.Items)
            .Select(i => (i.Marker, i.Text, i.Lines.First, i.Lines.Last));

    /// <summary>The glyph's line break and a blank line part each letter from its text, in the next block.</summary>
    [Test]
    public void A_letter_alone_above_a_blank_line_and_its_text_is_a_bullet_when_used_twice()
    {
        Assert.That(Items("Overview\n\n• First.\n\nn\n\nIran said A.\n\n• Second.\n\nn\n\nIran said B.\n"), Is.EqualTo(new (string?, string, int, int)[]
        {
            ("•", "First.", 10, 10), ("n", "Iran said A.", 12, 14), ("•", "Second.", 16, 16), ("n", "Iran said B.", 18, 20),
        }));
    }

    /// <summary>A letter alone on the last line has no text below it: used once, it is the item's text.</summary>
    [Test]
    public void A_letter_alone_on_the_last_line_is_text()
    {
        Assert.That(Items("Overview\n\n• First.\n\nn\n"), Is.EqualTo(new (string?, string, int, int)[] { ("•", "First. n", 10, 12) }));
    }

    [TestCase("\"")]
    [TestCase("“")]
    [TestCase("‘")]
    public void A_letter_before_a_quotation_is_a_bullet(string quote)
    {
        string close = quote == "‘" ? "’" : quote == "“" ? "”" : quote;
        Assert.That(Items($"Overview\n\nn {quote}Iran said A.{close}\n\nn {quote}Iran said B.{close}\n"), Is.EqualTo(new (string?, string, int, int)[]
        {
            ("n", $"{quote}Iran said A.{close}", 10, 10), ("n", $"{quote}Iran said B.{close}", 12, 12),
        }));
    }

    [Test]
    public void A_letter_followed_by_several_spaces_is_a_bullet()
    {
        Assert.That(Items("Overview\n\nn   Iran said A.\n\nn  Iran said B.\n"), Is.EqualTo(new (string?, string, int, int)[]
        {
            ("n", "Iran said A.", 10, 10), ("n", "Iran said B.", 12, 12),
        }));
    }

    /// <summary>"§ 5" cites a paragraph of a law: a letter before a number, however often, is text.</summary>
    [Test]
    public void A_letter_before_a_number_is_text()
    {
        Assert.That(Items("Overview\n\n§ 5 of the law says A.\n\n§ 5 of the law says B.\n"), Is.EqualTo(new (string?, string, int, int)[]
        {
            (null, "§ 5 of the law says A.", 10, 10), (null, "§ 5 of the law says B.", 12, 12),
        }));
    }
}
