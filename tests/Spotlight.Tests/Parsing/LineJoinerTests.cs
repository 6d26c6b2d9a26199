using Spotlight.Parsing;
using Spotlight.Vocabulary;

namespace Spotlight.Tests.Parsing;

public sealed class LineJoinerTests
{
    [TestCase("areas of Iranian-", "backed forces", "areas of Iranian-backed forces")]
    [TestCase("in the coun-", "try and abroad", "in the country and abroad")]
    [TestCase("in the reconstruc-", "tion of villages", "in the reconstruction of villages")]
    [TestCase("flags of the pro-", "Iranian militias", "flags of the pro-Iranian militias")]
    [TestCase("Hassan Kazemi-", "Qomi arrived", "Hassan Kazemi-Qomi arrived")]
    [TestCase("a Saudi-", "led coalition", "a Saudi-led coalition")]
    [TestCase("on a red car-", "pet in the hall", "on a red carpet in the hall")]
    [TestCase("the war-", "time leaders", "the wartime leaders")]
    [TestCase("a one-", "day visit", "a one-day visit")]
    [TestCase("the parliamentary", "elections held", "the parliamentary elections held")]
    [TestCase("the two countries ", " (Fars, November 15).", "the two countries (Fars, November 15).")]
    public void Joins_text_broken_at_a_line_end(string left, string right, string joined)
    {
        var joiner = new LineJoiner("", SeriesProfiles.Iran.Words);
        Assert.That(joiner.Join(left, right), Is.EqualTo(joined));
    }

    [Test]
    public void The_document_decides_first()
    {
        // "well-being" and "cross-border" are both compounds; the document spells them.
        Assert.That(new LineJoiner("the cross-border trade", SeriesProfiles.Iran.Words).Join("the cross-", "border routes"), Is.EqualTo("the cross-border routes"));
        Assert.That(new LineJoiner("Khamenei's representative", SeriesProfiles.Iran.Words).Join("the represent-", "ative of"), Is.EqualTo("the representative of"));
        Assert.That(new LineJoiner("the Hezbollah-affiliated channel", SeriesProfiles.Iran.Words).Join("a hezbollah-", "affiliated site"), Is.EqualTo("a hezbollah-affiliated site"));
    }
}
