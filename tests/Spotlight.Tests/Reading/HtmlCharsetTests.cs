using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// The charset a page declares in its first kilobyte: a single-byte Latin one has bytes that are not UTF-8 read as
/// Windows-1252 without a warning; any other, or none, has them read so with SPT024. A finding about the bytes names
/// no line, since the page's lines are not the text's.
/// </summary>
public sealed class HtmlCharsetTests
{
    private static readonly Diagnostic NotUtf8 =
        new("SPT024", DiagnosticSeverity.Warning, "not UTF-8: read as Windows-1252: byte 0x92 at offset {0}", null, null, null);

    // A page whose one byte that is not UTF-8 is Windows-1252's right single quote.
    private static byte[] Page(string head) => [.. Encoding.ASCII.GetBytes($"<html><head>{head}</head><body><p>Iran"), 0x92, .. "s envoy</p></body></html>"u8];

    private static (string Text, Diagnostic[] Findings) Read(byte[] page)
    {
        var source = new HtmlReportReader().Read(page);
        return (source.Text, [.. source.Diagnostics]);
    }

    [TestCase("<meta charset=\"windows-1252\">")]
    [TestCase("<meta charset=windows-1252>")]
    [TestCase("<meta charset = 'windows-1252'>")]
    [TestCase("<meta charset=\" windows-1252\">")]
    [TestCase("<META CHARSET=\"WINDOWS-1252\">")]
    [TestCase("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    [TestCase("<meta charset=\"cp1252\">")]
    [TestCase("<meta charset=\"x-cp1252\">")]
    [TestCase("<meta charset=\"iso-8859-1\">")]
    [TestCase("<meta charset=\"iso8859-1\">")]
    [TestCase("<meta charset=\"latin1\">")]
    [TestCase("<meta charset=\"l1\">")]
    [TestCase("<meta charset=\"us-ascii\">")]
    [TestCase("<meta charset=\"ascii\">")]
    [TestCase("<meta charset=\"iso-8859-15\">")]
    [TestCase("<meta charset=\"latin-9\">")]
    public void A_page_declaring_a_latin_charset_is_read_as_windows_1252_without_a_warning(string declaration) =>
        Assert.That(Read(Page(declaration)), Is.EqualTo(("Iran’s envoy\n", Array.Empty<Diagnostic>())));

    [TestCase("")]
    [TestCase("<meta charset=\"utf-8\">")]
    [TestCase("<meta charset=\"iso-8859-2\">")]
    [TestCase("<meta charset=\"klingon\">")]
    [TestCase("<meta charset=\"windows-1252x\">")]
    [TestCase("<meta name=\"viewport\" content=\"width=device-width\">")]
    public void A_page_declaring_another_charset_or_none_is_read_as_windows_1252_with_a_warning(string declaration)
    {
        var page = Page(declaration);
        var expected = NotUtf8 with { Message = string.Format(NotUtf8.Message, Array.IndexOf(page, (byte)0x92)) };
        Assert.That(Read(page), Is.EqualTo(("Iran’s envoy\n", new[] { expected })));
    }

    [Test]
    public void A_declaration_is_looked_for_in_the_first_kilobyte_only()
    {
        // The charset's name ends on the page's 1,024th byte, then on its 1,025th.
        string Padded(int length) => "<!--" + new string('x', length) + "-->";
        const string declaration = "<meta charset=\"windows-1252\">";
        int within = 1024 - "<html><head>".Length - "<!---->".Length - "<meta charset=\"windows-1252".Length;
        Assert.That(Read(Page(Padded(within) + declaration)).Findings, Is.Empty);
        Assert.That(Read(Page(Padded(within + 1) + declaration)).Findings.Select(f => f.Code), Is.EqualTo(new[] { "SPT024" }));
    }

    [Test]
    public void A_page_in_utf_8_is_read_as_utf_8_whatever_it_declares() =>
        Assert.That(Read(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Iran’s envoy</p>")), Is.EqualTo(("Iran’s envoy\n", Array.Empty<Diagnostic>())));

    [Test]
    public void A_utf_8_byte_order_mark_is_not_text() =>
        Assert.That(Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Iran’s envoy</p>")]), Is.EqualTo(("Iran’s envoy\n", Array.Empty<Diagnostic>())));

    [Test]
    public void A_page_in_utf_16_with_a_byte_order_mark_is_read() =>
        Assert.That(Read([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("<meta charset=\"utf-16\"><p>Iran’s envoy</p>")]),
            Is.EqualTo(("Iran’s envoy\n", Array.Empty<Diagnostic>())));

    [Test]
    public void Damaged_utf_8_is_an_error_naming_no_line_even_when_the_page_declares_windows_1252()
    {
        byte[] page = [.. Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\">\n<p>Iran’s envoy"), 0x92, .. "</p>"u8];
        Assert.That(Read(page), Is.EqualTo(("Iran’s envoy\uFFFD\n", new[]
        {
            new Diagnostic("SPT018", DiagnosticSeverity.Error, "text is damaged by a wrong encoding: 1 invalid UTF-8 sequence replaced by U+FFFD, the first at offset 47", null, null, null),
        })));
    }
}
