using Spotlight.Diagnostics;
using System.Text;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Text;

public class TextDecoderTests
{
    private const string Sample = "Iran’s envoy — “welcome” (IRNA, November 6)\nSecond line é\n";

    [Test]
    public void Utf8_with_and_without_a_byte_order_mark_decodes_cleanly()
    {
        byte[] plain = Encoding.UTF8.GetBytes(Sample);
        Assert.That(TextDecoder.Decode(plain), Is.EqualTo(new DecodedText(Sample, "utf-8", null)));
        Assert.That(TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. plain]), Is.EqualTo(new DecodedText(Sample, "utf-8", null)));
    }

    [TestCase(false, "utf-16le")]
    [TestCase(true, "utf-16be")]
    public void Utf16_with_a_byte_order_mark_decodes_cleanly(bool bigEndian, string name)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Sample + "emoji 🇮🇷\n")];
        Assert.That(TextDecoder.Decode(bytes), Is.EqualTo(new DecodedText(Sample + "emoji 🇮🇷\n", name, null)));
    }

    [Test]
    public void Windows_1252_curly_quotes_are_decoded_with_a_warning_at_the_first_byte()
    {
        // "Iran’s" with ’ as 0x92, “ ” as 0x93 0x94, é as 0xE9, € as 0x80.
        byte[] bytes = [.. "Title\nIran"u8, 0x92, .. "s "u8, 0x93, .. "caf"u8, 0xE9, 0x94, .. " 5"u8, 0x80, .. "\n"u8];
        var decoded = TextDecoder.Decode(bytes);
        Assert.That(decoded.Text, Is.EqualTo("Title\nIran’s “café” 5€\n"));
        Assert.That(decoded.Encoding, Is.EqualTo("windows-1252"));
        Assert.That(decoded.Finding, Is.EqualTo(new Diagnostic("SPT024", DiagnosticSeverity.Warning,
            "not UTF-8: read as Windows-1252: byte 0x92 at offset 10", 2, 5, null)));
    }

    [Test]
    public void Bytes_windows_1252_leaves_unassigned_become_the_c1_controls_of_their_number()
    {
        var decoded = TextDecoder.Decode([.. "a"u8, 0x81, 0x8D, 0x8F, 0x90, 0x9D, .. "b"u8]);
        Assert.That(decoded.Text, Is.EqualTo("a\u0081\u008D\u008F\u0090\u009Db"));
        Assert.That(decoded.Text, Does.Not.Contain('\uFFFD'));
    }

    [Test]
    public void A_page_that_declares_windows_1252_is_read_as_it_without_a_warning()
    {
        var decoded = TextDecoder.Decode([.. "Iran"u8, 0x92, .. "s"u8], declaredSingleByte: true);
        Assert.That(decoded, Is.EqualTo(new DecodedText("Iran’s", "windows-1252", null)));
    }

    [Test]
    public void Utf8_with_bad_bytes_in_it_keeps_the_text_and_reports_every_bad_sequence()
    {
        // Valid UTF-8 (’ and –) with a stray 0xFF on line 2 and a sequence cut short at the end, as a truncated download leaves.
        byte[] bytes = [.. "Iran’s envoy\nNovember 4 – "u8, 0xFF, .. " 18\n"u8, 0xE2, 0x80];
        var decoded = TextDecoder.Decode(bytes);
        Assert.That(decoded.Text, Is.EqualTo("Iran’s envoy\nNovember 4 – \uFFFD 18\n\uFFFD"));
        Assert.That(decoded.Encoding, Is.EqualTo("utf-8"));
        Assert.That(decoded.Finding, Is.EqualTo(new Diagnostic("SPT018", DiagnosticSeverity.Error,
            "text is damaged by a wrong encoding: 2 invalid UTF-8 sequences replaced by U+FFFD, the first at offset 30", 2, 14, null)));
    }

    [Test]
    public void Utf16_with_a_lone_surrogate_or_an_odd_length_is_reported_not_silently_replaced()
    {
        byte[] lone = [0xFF, 0xFE, (byte)'a', 0, (byte)'\n', 0, 0x00, 0xD8, (byte)'b', 0];
        var decoded = TextDecoder.Decode(lone);
        Assert.That(decoded.Text, Is.EqualTo("a\n\uFFFDb"));
        Assert.That(decoded.Finding, Is.EqualTo(new Diagnostic("SPT018", DiagnosticSeverity.Error,
            "text is damaged by a wrong encoding: a lone surrogate in UTF-16LE text, replaced by U+FFFD", 2, 1, null)));

        var odd = TextDecoder.Decode([0xFE, 0xFF, 0, (byte)'a', 0]);
        Assert.That(odd.Finding?.Message, Is.EqualTo("text is damaged by a wrong encoding: an odd number of bytes in UTF-16BE text, replaced by U+FFFD"));
    }

    [Test]
    public void Binary_data_is_refused_naming_the_first_byte_that_text_does_not_hold()
    {
        Assert.That(() => TextDecoder.Decode([0x41, 0x00]), Throws.TypeOf<NotTextException>().With.Message.EqualTo("not a text file (NUL byte at offset 1)"));
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes.AsSpan().Replace((byte)0, (byte)1);
        Assert.That(() => TextDecoder.Decode(bytes), Throws.TypeOf<NotTextException>().With.Message.StartsWith("not a text file (control byte"));
    }

    [Test]
    public void The_reading_finding_reaches_the_tree_first_among_its_diagnostics()
    {
        byte[] bytes = [.. "Spotlight on Iran\n\nOverview\n\n- Iran"u8, 0x92, .. "s visit (IRNA, 6 November 2021).\n"u8];
        var document = ReportPipeline.Parse(bytes, "latin1.txt", new PlainTextReader());
        Assert.That(document.Diagnostics[0].Code, Is.EqualTo("SPT024"));
        Assert.That(document.Report.Sections[0].Items[0].Text, Is.EqualTo("Iran’s visit (IRNA, 6 November 2021)."));
    }
}
