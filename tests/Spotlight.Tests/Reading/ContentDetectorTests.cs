using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// PDF and HTML told by their first kilobyte, whatever the file is called: a PDF header at the start, or alone on a
/// line after a little junk; an HTML doctype or root tag after any white space, or markup first with a root or body
/// tag after it.
/// </summary>
public sealed class ContentDetectorTests
{
    private static string Format(string start) => Format(Encoding.UTF8.GetBytes(start));

    private static string Format(byte[] start) => ReportReaders.Detect(start, "report.txt").Format;

    [TestCase("<!DOCTYPE html>")]
    [TestCase("<!doctype HTML>")]
    [TestCase("<!doctype html")]
    [TestCase("<html")]
    [TestCase("<HTML lang=\"en\">")]
    [TestCase(" \t\r\n<html>")]
    [TestCase("\n\n<!DOCTYPE html>")]
    [TestCase("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">")]
    [TestCase("<!-- saved page --><html")]
    [TestCase("<!-- saved page --><BODY><p>Spotlight on Iran</p>")]
    public void A_web_page_is_told_by_its_start(string start) => Assert.That(Format(start), Is.EqualTo("html"));

    [Test]
    public void A_web_page_is_told_after_a_utf_8_byte_order_mark() =>
        Assert.That((Format([0xEF, 0xBB, 0xBF, .. "<!DOCTYPE html>"u8]), Format([0xEF, 0xBB, 0xBF, .. " \n<html>"u8])), Is.EqualTo(("html", "html")));

    [TestCase("")]
    [TestCase(" \t\r\n")]
    [TestCase("<")]
    [TestCase("ab")]
    [TestCase("<b>not a page</b>")]
    [TestCase("Notes on the <html> tag")]
    [TestCase("<!-- only a comment -->")]
    [TestCase("<!doctype htm")]
    [TestCase("<p>Spotlight on Iran</p>")]
    public void Text_and_markup_without_a_root_are_not_a_web_page(string start) => Assert.That(Format(start), Is.EqualTo("text"));

    [Test]
    public void A_root_tag_is_looked_for_in_the_first_kilobyte_only()
    {
        string Page(int comment) => "<!--" + new string('x', comment) + "--><html>";
        Assert.That(Format(Page(1024 - 12)), Is.EqualTo("html"), "'<html' ends on the 1,024th byte");
        Assert.That(Format(Page(1024 - 11)), Is.EqualTo("text"));
    }

    [TestCase("%PDF-1.7")]
    [TestCase("%PDF-1.7\n%âãÏÓ\n1 0 obj")]
    [TestCase("%PDF-2.0 anything on the line")]
    [TestCase("junk\n%PDF-1.4")]
    [TestCase("junk\n%PDF-1.4\n")]
    [TestCase("junk\r%PDF-1.4\r")]
    [TestCase("junk\n%PDF-1.4   \nmore junk")]
    [TestCase("junk\n%PDF-1.4 %âãÏÓ\n1 0 obj")]
    [TestCase("junk %PDF-1.4 in a line\n%PDF-1.5\n")]
    [TestCase("<html><body>\n%PDF-1.4\n1 0 obj\n")]
    public void A_pdf_is_told_by_its_header(string start) => Assert.That(Format(start), Is.EqualTo("pdf"));

    [TestCase("%PDF-x.7")]
    [TestCase("%PDF-1x7")]
    [TestCase("%PDF-1.x")]
    [TestCase("%PDF-1.")]
    [TestCase("junk %PDF-1.4")]
    [TestCase("Spotlight on Iran\n%PDF-1.4 is the version the archive keeps\n")]
    [TestCase("Spotlight on Iran\n%PDF-1.4 is the version, %PDF-1.5 the next\n")]
    public void A_pdf_header_in_a_line_of_text_is_no_pdf(string start) => Assert.That(Format(start), Is.EqualTo("text"));

    [Test]
    public void A_pdf_header_is_looked_for_in_the_first_kilobyte_only()
    {
        string Start(int junk) => new string('x', junk) + "\n%PDF-1.4\n";
        Assert.That(Format(Start(1024 - 9)), Is.EqualTo("pdf"), "the header's last byte is the 1,024th");
        Assert.That(Format(Start(1024 - 8)), Is.EqualTo("text"));
    }
}
