using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>What the HTML reader refuses, each with the one-line reason the user is shown.</summary>
public sealed class HtmlReadErrorTests
{
    private static string Refusal(byte[] page) =>
        Assert.Throws<ReportReadException>(() => new HtmlReportReader().Read(page))!.Message;

    [Test]
    public void An_empty_file_is_refused() => Assert.That(Refusal([]), Is.EqualTo("empty file"));

    [Test]
    public void A_file_of_white_space_is_refused() => Assert.That(Refusal(" \r\n\t\n"u8.ToArray()), Is.EqualTo("no text (only white space)"));

    [TestCase("<html><head><title>Spotlight on Iran</title></head><body></body></html>")]
    [TestCase("<p>&emsp;</p>")]
    [TestCase("<article><nav>Home</nav></article>")]
    public void A_page_with_no_article_text_is_refused(string page) =>
        Assert.That(Refusal(Encoding.UTF8.GetBytes(page)), Is.EqualTo("no article text in the page"));

    [Test]
    public void Binary_data_is_refused_with_the_offset_of_its_first_binary_byte()
    {
        Assert.That(Refusal([.. "<p>Iran"u8, 0x00, .. "</p>"u8]), Is.EqualTo("not a text file (NUL byte at offset 7)"));
        Assert.That(Refusal([.. "<p>"u8, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15]), Is.EqualTo("not a text file (control byte 0x01 at offset 3)"));
    }
}
