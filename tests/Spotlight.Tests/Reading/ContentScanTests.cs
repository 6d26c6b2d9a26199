using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// What a content stream draws, counted without drawing it: the bytes of its strings (the glyphs, at most), its
/// operators (numbers, names, strings and the words true, false and null are operands), and each XObject drawn by name.
/// </summary>
public sealed class ContentScanTests
{
    private static (long Glyphs, long Operations, string Draws) Count(string content)
    {
        var (glyphs, operations, draws) = ContentScan.Count(Encoding.Latin1.GetBytes(content));
        return (glyphs, operations, string.Join(" ", draws.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => $"{d.Key}×{d.Value}")));
    }

    [TestCase("BT /F1 12 Tf 72 720 Td (Hello) Tj ET", 5, 5)]
    [TestCase("(a(b)c) Tj", 5, 1)]
    [TestCase("(a\\)b) Tj", 3, 1)]
    [TestCase("(a\\\\) Tj", 2, 1)]
    [TestCase("(unclosed", 8, 0)]
    [TestCase("<48656C6C6F> Tj", 5, 1)]
    [TestCase("<4865", 2, 0)]
    [TestCase("[(ab) -250 <6364> 1.5 (e)] TJ", 5, 1)]
    [TestCase("<< /MCID 0 >> BDC EMC", 0, 2)]
    [TestCase("/P <</MCID 0>> BDC (ab) Tj EMC", 2, 3)]
    [TestCase("1 0 0 1 -2 .5 cm +3 w", 0, 2)]
    [TestCase("true false null n", 0, 1)]
    [TestCase("% (a comment) Tj\nq\r% (another)\rQ %", 0, 2)]
    [TestCase("{ } ] q", 0, 1)]
    [TestCase("<", 0, 0)]
    public void Counts_glyphs_and_operators(string content, long glyphs, long operations)
    {
        var (counted, ops, _) = Count(content);
        Assert.That((counted, ops), Is.EqualTo((glyphs, operations)));
    }

    [TestCase("/A Do /B Do /A Do", "A×2 B×1")]
    [TestCase("/A#42 Do /A\tDo", "A×1 AB×1")]
    [TestCase("/A q Do", "")]
    [TestCase("(x) Do", "")]
    [TestCase("/A/B Do", "B×1")]
    [TestCase("/A Do Do", "A×1")]
    public void Counts_the_xobjects_drawn_by_name(string content, string draws)
    {
        Assert.That(Count(content).Draws, Is.EqualTo(draws));
    }

    [TestCase("BI /W 1 /H 1 ID (x) Tj /A Do EI Q", 0, 3)]
    [TestCase("BI ID xEI (y) EI", 0, 2)]
    [TestCase("BI ID EIx Q EI", 0, 2)]
    [TestCase("BI ID (abc) Tj", 0, 2)]
    [TestCase("BI ID (a) EI\n(bc) Tj", 2, 3)]
    public void An_inline_image_s_data_is_skipped_up_to_an_EI_standing_alone(string content, long glyphs, long operations)
    {
        var (counted, ops, draws) = Count(content);
        Assert.That((counted, ops, draws), Is.EqualTo((glyphs, operations, "")));
    }

    [Test]
    public void NUL_tab_form_feed_and_line_ends_separate_words()
    {
        Assert.That(Count("q\0Q\tq\fQ\rq\nQ n"), Is.EqualTo((0L, 7L, "")));
    }
}
