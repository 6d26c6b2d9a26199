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

    // Made-up words, so that only the document (or the short list below) can decide them.
    private static readonly WordList FewWords = new(() => ["based", "quux"]);

    [TestCase("abcd is one word", "ab-", "cd", "abcd", TestName = "The document's first word counts")]
    [TestCase("one word: abcd", "ab-", "cd", "abcd", TestName = "The document's last word counts")]
    [TestCase("abcd here", "Ab-", "cd", "Abcd", TestName = "A capital at the start of a sentence still finds the word")]
    [TestCase("xabcd and abcd", "ab-", "cd", "abcd", TestName = "A whole word after the same letters inside another word")]
    [TestCase("xabcd only", "ab-", "cd", "ab-cd", TestName = "Letters inside another word are no word")]
    [TestCase("the zorb-quux route", "zorb-", "quux", "zorb-quux", TestName = "A compound the document spells keeps its hyphen")]
    [TestCase("", "zorb-", "quux", "zorbquux", TestName = "An unknown four-letter piece is no word of its own")]
    [TestCase("", "ab-", "glorkable", "abglorkable", TestName = "One short word and one unknown are one word split")]
    [TestCase("", "ab-", "cd", "ab-cd", TestName = "Two short pieces are two words")]
    public void The_document_decides_as_written_and_once_indexed(string document, string left, string right, string joined)
    {
        // A fresh joiner searches the text; after many breaks it indexes the text's words once.
        // Both must decide alike.
        Assert.That(new LineJoiner(document, FewWords).Join(left, right), Is.EqualTo(joined), "searched");
        var indexed = new LineJoiner(document, FewWords);
        for (int i = 0; i < 40; i++)
            indexed.Join("warm-", "up");
        Assert.That(indexed.Join(left, right), Is.EqualTo(joined), "indexed");
    }

    [TestCase("figures -", "based on", "figures - based on")]
    [TestCase("", "", "")]
    [TestCase("text", "", "text")]
    [TestCase("", "text", "text")]
    public void A_hyphen_with_no_word_before_it_is_joined_by_a_space(string left, string right, string joined) =>
        Assert.That(new LineJoiner("", FewWords).Join(left, right), Is.EqualTo(joined));
}
