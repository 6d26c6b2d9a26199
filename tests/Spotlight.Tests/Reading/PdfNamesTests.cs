using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>A PDF name is compared decoded: a # and two hex digits stand for one byte; anything else stands for itself.</summary>
public sealed class PdfNamesTests
{
    [TestCase("Fm1", "Fm1")]
    [TestCase("F#6d1", "Fm1")]
    [TestCase("F#6D1", "Fm1")]
    [TestCase("#41#42", "AB")]
    [TestCase("A#41", "AA")]
    [TestCase("A#4", "A#4")]
    [TestCase("A#", "A#")]
    [TestCase("A#zz#41", "A#zzA")]
    [TestCase("A#4g", "A#4g")]
    [TestCase("A##41", "A#A")]
    public void Decodes_escapes_and_keeps_the_rest(string written, string name)
    {
        Assert.That(PdfNames.Decode(written), Is.EqualTo(name));
    }
}
