using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>What the PDF pre-scan takes as white space, as PdfPig does: NUL and comments, but no % in a string or a stream.</summary>
public sealed class PdfWhiteSpaceTests
{
    [TestCase("4 %c\n0 %c\nobj", "4   \n0   \nobj")]
    [TestCase("4\u00000\u0000R", "4 0 R")]
    [TestCase("<< /T (50% (of) \\) 9%) /P 4 0 R >> % end", "<< /T (50% (of) \\) 9%) /P 4 0 R >>      ")]
    [TestCase("<< >>\nstream\n%binary 9 0 obj\nendstream % c", "<< >>\nstream\n%binary 9 0 obj\nendstream    ")]
    public void Is_written_as_spaces_in_place(string text, string normalised)
    {
        Assert.That(PdfWhiteSpace.Normalise(text), Is.EqualTo(normalised));
    }
}
