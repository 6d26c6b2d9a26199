using System.Text;
using Spotlight.Diagnostics;
using Spotlight.Reading;
using Spotlight.Text;

namespace Spotlight.Tests.Reading;

/// <summary>
/// Where each line of the normalised text stands in the file the user has: a web page's source line and the column
/// its element opens at, a PDF's page and line on that page; plain text has no other lines than its own.
/// </summary>
public sealed class InputPositionTests
{
    internal const string Page = """
        <!DOCTYPE html>
        <html>
        <head>
        <style>
        body { font: 16px serif; }
        p { margin: 0; }
        </style>
        </head>
        <body>
        <article>
        <h1>Spotlight on Iran</h1>
        <p>November 4, 2021 – November 18, 2021</p>
        <p>Author: Dr. Raz Zimmt</p>
        <h2>Iranian Involvement in Syria</h2>
        <ul>
        <li>An Iranian delegation visited Damascus (Fars, November 5).</li>
          <li>Iranian officials met their counterparts in Beirut.</li>
        </ul>
        <h2>Iranian Involvement in Iraq</h2>
        <p>Militias in Iraq attacked a base (al-Alam, November 10).<br>
        They said so on Telegram (Tasnim, November 11).</p>
        Bare text after the paragraph (IRNA, November 12).
        </article>
        </body>
        </html>
        """;

    private static SourceText ReadHtml(string page) => new HtmlReportReader().Read(Encoding.UTF8.GetBytes(page));

    private static int LineOf(SourceText source, string start)
    {
        for (int line = 1; line <= source.LineCount; line++)
        {
            if (source.Line(line).StartsWith(start, StringComparison.Ordinal))
                return line;
        }
        throw new AssertionException($"no line starts with \"{start}\"");
    }

    [TestCase("Spotlight on Iran", 11, 1)]
    [TestCase("Author:", 13, 1)]
    [TestCase("Iranian Involvement in Syria", 14, 1)]
    [TestCase("An Iranian delegation", 16, 1)]
    [TestCase("Iranian officials met", 17, 3)]
    [TestCase("Militias in Iraq", 20, 1)]
    public void A_web_page_line_stands_where_its_element_opens(string start, int line, int column)
    {
        var source = ReadHtml(Page);
        Assert.That(source.HasInputPositions, Is.True);
        Assert.That(source.InputPositionOf(LineOf(source, start), 1), Is.EqualTo(new InputPosition(null, line, column)));
    }

    [Test]
    public void A_line_a_br_broke_off_stands_where_the_br_is()
    {
        var source = ReadHtml(Page);
        Assert.That(source.InputPositionOf(LineOf(source, "They said so"), 1)?.Line, Is.EqualTo(20));
    }

    [Test]
    public void Bare_text_stands_where_the_element_before_it_opens()
    {
        var source = ReadHtml(Page);
        Assert.That(source.InputPositionOf(LineOf(source, "Bare text"), 1)?.Line, Is.EqualTo(20));
    }

    [Test]
    public void A_column_of_the_text_is_the_column_of_its_element_in_the_page()
    {
        // The page's markup and entities stand between the element's tag and any word of its text.
        var source = ReadHtml(Page);
        Assert.That(source.InputPositionOf(LineOf(source, "Iranian officials met"), 30), Is.EqualTo(new InputPosition(null, 17, 3)));
    }

    [Test]
    public void Crlf_line_ends_count_one_line_each()
    {
        var source = ReadHtml(Page.ReplaceLineEndings("\r\n"));
        Assert.That(source.InputPositionOf(LineOf(source, "Iranian officials met"), 1), Is.EqualTo(new InputPosition(null, 17, 3)));
    }

    [Test]
    public void Plain_text_has_no_other_lines()
    {
        var source = new PlainTextReader().Read(Encoding.UTF8.GetBytes("Spotlight on Iran\n\nNovember 4, 2021 – November 18, 2021\n"));
        Assert.That((source.HasInputPositions, source.InputPositionOf(3, 1)), Is.EqualTo((false, (InputPosition?)null)));
    }

    [Test]
    public void A_pdf_line_stands_on_its_page_counted_from_the_top()
    {
        var source = new PdfReportReader().Read(TwoPagePdf.Build());
        // Page 2's second line of text, whatever blank lines the reader put between paragraphs above it.
        Assert.That(source.InputPositionOf(LineOf(source, "• Iranian officials met"), 5), Is.EqualTo(new InputPosition(2, 2, 5)));
        Assert.That(source.InputPositionOf(LineOf(source, "Iranian Involvement in Syria"), 1), Is.EqualTo(new InputPosition(1, 4, 1)));
        Assert.That(source.InputPositionOf(LineOf(source, "Iranian Involvement in Iraq"), 1), Is.EqualTo(new InputPosition(2, 1, 1)));
    }
}
