using Spotlight.Parsing;

namespace Spotlight.Tests.Parsing;

public sealed class BulletMarkerTests
{
    [TestCase("", false)]
    [TestCase("1.", true)]
    [TestCase("►", false)]
    public void A_number_marker_starts_with_a_digit(string marker, bool isNumber) =>
        Assert.That(BulletMarker.IsNumber(marker), Is.EqualTo(isNumber));

    [TestCase("• Iran sent aid.", true, "•", 2)]
    [TestCase("•", false, "", 0)]
    [TestCase("• ", false, "", 0)]
    [TestCase("Iran sent aid.", false, "", 0)]
    public void A_marker_opens_a_line_only_with_text_after_it(string line, bool opens, string marker, int textStart)
    {
        bool found = BulletMarker.TryMatch(line, out string foundMarker, out int foundStart);
        Assert.That((found, foundMarker, foundStart), Is.EqualTo((opens, marker, textStart)));
        Assert.That(BulletMarker.StartsWithMarker(line), Is.EqualTo(opens));
    }

    [TestCase("  •  ", true, "•")]
    [TestCase("1.", true, "1.")]
    [TestCase("• text", false, "")]
    public void A_marker_alone_on_its_line(string line, bool alone, string marker)
    {
        bool found = BulletMarker.IsAlone(line, Spotlight.Parsing.Layout.BulletLetters.None, out string foundMarker);
        Assert.That((found, foundMarker), Is.EqualTo((alone, marker)));
    }
}
