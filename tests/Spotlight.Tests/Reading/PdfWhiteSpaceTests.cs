using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>What the PDF pre-scan takes as white space, as PdfPig does: NUL and comments, but no % in a string or a stream.</summary>
public sealed class PdfWhiteSpaceTests
{
    [TestCase("4 %c\n0 %c\nobj", "4   \n0   \nobj")]
    [TestCase("4\u00000\u0000R", "4 0 R")]
    [TestCase("<< /T (50% (of) \\) 9%) /P 4 0 R >> % end", "<< /T (50% (of) \\) 9%) /P 4 0 R >>      ")]
    [TestCase("<< >>\nstream\n%binary 9 0 obj\nendstream % c", "<< >>\nstream\n%binary 9 0 obj\nendstream    ")]
    [TestCase("%a\r4 0 R %", "  \r4 0 R  ")]
    [TestCase("(a\\(b) %c", "(a\\(b)   ")]
    [TestCase("(a\\) %c) %d", "(a\\) %c)   ")]
    [TestCase("(50% unclosed", "(50% unclosed")]
    [TestCase("stream\n%c\nendstream %d", "stream\n%c\nendstream   ")]
    [TestCase("xstream\n%c\n", "xstream\n  \n")]
    [TestCase("2stream\n%c\n", "2stream\n  \n")]
    [TestCase(" stream %c\n", " stream   \n")]
    [TestCase(" stream\r%c endstream %d", " stream\r%c endstream   ")]
    [TestCase(" stream\n%c no end", " stream\n%c no end")]
    [TestCase("%c stream", "         ")]
    [TestCase("streams\n%c", "streams\n  ")]
    public void Is_written_as_spaces_in_place(string text, string normalised)
    {
        Assert.That(PdfWhiteSpace.Normalise(text), Is.EqualTo(normalised));
    }

    [TestCase("4 0 R stream\n(x")]
    public void Text_without_comments_or_NUL_is_the_text_itself(string text)
    {
        Assert.That(PdfWhiteSpace.Normalise(text), Is.SameAs(text));
    }
}
