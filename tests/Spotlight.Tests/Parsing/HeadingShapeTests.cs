using Spotlight.Model;

namespace Spotlight.Tests.Parsing;

/// <summary>
/// A line no table knows is a topic heading when it stands above a bullet and has a heading's shape: at most 80
/// characters and ten words, a capital first, and no closing punctuation but a parenthesis or a quote.
/// </summary>
public sealed class HeadingShapeTests
{
    private static IEnumerable<(string Id, SectionKind Kind, string? Heading)> Sections(string line) =>
        ParseHelper.Text(ParseHelper.Header + "► First point.\n\n" + line + "\n► Second point.\n").Report.Sections
            .Select(s => (s.Id, s.Kind, s.Heading));

    [TestCase("Domestic Affairs", "domestic-affairs")]
    [TestCase("One two three four five six seven eight nine Ten", "one-two-three-four-five-six-seven-eight-nine-ten")]
    [TestCase("The Talks (Vienna)", "the-talks-vienna")]
    [TestCase("The “Axis”", "the-axis")]
    [TestCase("Round 2", "round-2")]
    public void A_heading_shaped_line_above_a_bullet_opens_a_topic(string line, string id)
    {
        Assert.That(Sections(line), Is.EqualTo(new[] { ("overview", SectionKind.Summary, (string?)null), (id, SectionKind.Topic, (string?)line) }));
    }

    [TestCase("One two three four five six seven eight nine ten Eleven")]
    [TestCase("Domestic affairs are calm.")]
    [TestCase("Domestic affairs;")]
    [TestCase("domestic Affairs")]
    public void A_line_without_a_headings_shape_is_no_heading(string line)
    {
        Assert.That(Sections(line).Select(s => s.Id), Is.EqualTo(new[] { "overview" }));
    }

    [Test]
    public void A_heading_is_eighty_characters_at_most()
    {
        string eighty = "Domestic " + new string('a', 71);
        Assert.That(Sections(eighty).Count(), Is.EqualTo(2));
        Assert.That(Sections(eighty + "a").Count(), Is.EqualTo(1));
    }
}
