using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

public sealed class PlainTextReaderTests
{
    private static readonly PlainTextReader Reader = new();

    [Test]
    public void Utf8_with_bom_and_crlf_reads_as_plain_lines()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Spotlight on Iran\r\n\r\n► Iran – “news”\r\n")];
        var source = Reader.Read(bytes);
        Assert.That(source.Text, Is.EqualTo("Spotlight on Iran\n\n► Iran – “news”\n"));
        Assert.That(source.LineCount, Is.EqualTo(3));
        Assert.That(source.Line(3).ToString(), Is.EqualTo("► Iran – “news”"));
    }

    [Test]
    public void A_final_line_without_a_line_end_is_counted()
    {
        var source = Reader.Read(Encoding.UTF8.GetBytes("one\ntwo\nthree"));
        Assert.That((source.LineCount, source.Line(3).ToString()), Is.EqualTo((3, "three")));
    }

    [Test]
    public void Lone_carriage_returns_end_lines()
    {
        var source = Reader.Read(Encoding.UTF8.GetBytes("one\rtwo\r"));
        Assert.That((source.LineCount, source.Line(2).ToString()), Is.EqualTo((2, "two")));
    }

    [Test]
    public void Utf16_with_bom_is_decoded()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Spotlight on Iran\n► Iran")];
        Assert.That(Reader.Read(bytes).Line(2).ToString(), Is.EqualTo("► Iran"));
    }

    [Test]
    public void Text_in_windows_1252_is_read_with_a_warning_at_the_line_and_column_of_its_first_byte()
    {
        var source = Reader.Read([.. "Spotlight on Iran\n\nIran"u8, 0x92, .. "s envoy\n"u8]);
        Assert.That((source.Text, source.Diagnostics.Single()), Is.EqualTo(("Spotlight on Iran\n\nIran’s envoy\n",
            new Spotlight.Diagnostics.Diagnostic("SPT024", Spotlight.Diagnostics.DiagnosticSeverity.Warning, "not UTF-8: read as Windows-1252: byte 0x92 at offset 23", 3, 5, null))));
    }

    [Test]
    public void Empty_input_is_an_error()
    {
        Assert.That(() => Reader.Read([]), Throws.TypeOf<ReportReadException>().With.Message.EqualTo("empty file"));
        Assert.That(() => Reader.Read(" \n\n"u8), Throws.TypeOf<ReportReadException>().With.Message.EqualTo("no text (only white space)"));
    }

    [Test]
    public void Binary_input_is_an_error_naming_the_offset()
    {
        Assert.That(() => Reader.Read([0x41, 0x42, 0x00, 0x43]),
            Throws.TypeOf<ReportReadException>().With.Message.EqualTo("not a text file (NUL byte at offset 2)"));
        Assert.That(() => Reader.Read([.. "Iran\n"u8, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F]),
            Throws.TypeOf<ReportReadException>().With.Message.EqualTo("not a text file (control byte 0x01 at offset 5)"));
    }

    [Test]
    public void A_stray_control_character_is_text_not_binary()
    {
        var source = Reader.Read([.. "Iran\n"u8, 0x01, .. "Syria\n"u8]);
        Assert.That(source.Text, Is.EqualTo("Iran\n\u0001Syria\n"));
    }

    [Test]
    public void Random_bytes_are_an_error()
    {
        var random = new Random(20211118);
        for (int i = 0; i < 50; i++)
        {
            var bytes = new byte[1024];
            random.NextBytes(bytes);
            Assert.That(() => Reader.Read(bytes), Throws.TypeOf<ReportReadException>());
        }
    }
}
