using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Text;
using static Spotlight.Tests.Reading.BuiltPdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Spotlight.Tests.Reading;

/// <summary>
/// The lines a PDF repeats at the top and foot of its pages are the page's, not the report's: a running header that
/// carries the page number ("Spotlight on Iran - page 2") and a footer are set aside as furniture, page by page, and
/// the items read as if they were not there. (The sample twins' headers hold no digits, and the text parser drops a
/// bare page number later on its own, so they alone would not notice either being kept.)
/// </summary>
public sealed class PdfPageFurnitureTests
{
    private const string Footer = "Center for Research - www.example.org";

    private static readonly string[][] Pages =
    [
        ["Spotlight on Iran", "November 4, 2021 - November 18, 2021", "Author: Dr. Raz Zimmt", "Overview",
            "- Iran sent aid to Syria (IRNA, November 6)."],
        ["Iranian Involvement in Syria", "- A delegation arrived in Damascus (ISNA, November 7)."],
        ["Iranian Involvement in Iraq", "- Qa'ani arrived in Baghdad (Fars, November 8)."],
    ];

    /// <summary>Three pages, each with the header at its top, its lines in body type, and the footer at its foot.</summary>
    private static ReportTree Parse(Func<int, string> header)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int number = 1; number <= Pages.Length; number++)
        {
            var page = builder.AddPage(595, 842);
            page.AddText(header(number), 9, new PdfPoint(72, 800), font);
            double y = 760;
            foreach (string line in Pages[number - 1])
            {
                page.AddText(line, 11, new PdfPoint(72, y), font);
                y -= 28;
            }
            page.AddText(Footer, 9, new PdfPoint(72, 40), font);
        }
        return ReportPipeline.Parse(builder.Build(), "built.pdf", new PdfReportReader());
    }

    [Test]
    public void A_running_header_with_the_page_number_and_a_footer_are_furniture()
    {
        var tree = Parse(number => $"Spotlight on Iran - page {number}");
        Assert.That(tree.Report.Furniture!.Value.Select(f => (f.Kind, f.Text)), Is.EquivalentTo(new[]
        {
            (FurnitureKind.RunningHeader, "Spotlight on Iran - page 1"), (FurnitureKind.RunningHeader, Footer),
            (FurnitureKind.RunningHeader, "Spotlight on Iran - page 2"), (FurnitureKind.RunningHeader, Footer),
            (FurnitureKind.RunningHeader, "Spotlight on Iran - page 3"), (FurnitureKind.RunningHeader, Footer),
        }));
        Assert.That(tree.Report.Sections.Select(s => (s.Id, s.Items.Select(i => i.Text).Single())), Is.EqualTo(new[]
        {
            ("overview", "Iran sent aid to Syria (IRNA, November 6)."),
            ("syria", "A delegation arrived in Damascus (ISNA, November 7)."),
            ("iraq", "Qa'ani arrived in Baghdad (Fars, November 8)."),
        }));
        Assert.That((tree.Report.Series, tree.Report.Authors.Single().Name), Is.EqualTo(("Spotlight on Iran", "Raz Zimmt")));
        Assert.That(tree.Diagnostics, Is.Empty);
    }

    private static readonly PdfReportReader Reader = new();

    private static string[] FurnitureOf(byte[] pdf) =>
        [.. Lines(Reader.Read(pdf)).Where(l => l.Hint == LineHint.Furniture).Select(l => l.Text)];

    [Test]
    public void A_line_at_the_top_of_one_page_of_two_is_text()
    {
        Assert.That(FurnitureOf(Pages(
            ["Iranian Involvement in Syria", "Iran sent aid to Syria (IRNA, November 6).", "www.terrorism-info.org.il"],
            ["Iranian Involvement in Iraq", "A delegation arrived in Baghdad (Fars, November 7).", "www.terrorism-info.org.il"])),
            Is.EqualTo(new[] { "www.terrorism-info.org.il", "www.terrorism-info.org.il" }));
    }

    [Test]
    public void A_line_repeated_on_half_the_pages_is_furniture_and_on_fewer_is_not()
    {
        string[] words = ["Iran", "Iraq", "Syria", "Lebanon", "Yemen"];
        string[] Page(int n, bool footer) => [$"Aid reached {words[n - 1]}.", footer ? "Centre footer" : $"Talks went on in {words[n - 1]}."];
        Assert.That(FurnitureOf(Pages(Page(1, true), Page(2, false), Page(3, true), Page(4, false))), Is.EqualTo(new[] { "Centre footer", "Centre footer" }));
        Assert.That(FurnitureOf(Pages(Page(1, true), Page(2, false), Page(3, true), Page(4, false), Page(5, false))), Is.Empty);
    }

    [Test]
    public void The_only_line_of_a_page_is_not_counted_twice()
    {
        Assert.That(FurnitureOf(Pages(["Iran sent aid to Syria (IRNA, November 6)."], ["Overview", "A delegation arrived (Fars, November 7)."])), Is.Empty);
    }

    [Test]
    public void On_a_single_page_the_top_and_the_foot_alike_but_for_digits_are_text()
    {
        Assert.That(FurnitureOf(Pages(["Iran sent aid (IRNA, November 6).", "It stayed there.", "Iran sent aid (IRNA, November 8)."])), Is.Empty);
    }

    [Test]
    public void A_blank_page_neither_breaks_the_reading_nor_hides_a_footer()
    {
        Assert.That(FurnitureOf(Drawn(
            [new Run("Iran sent aid (IRNA, November 6).", 11, 72, 780), new Run("Centre footer", 9, 72, 40)],
            [],
            [new Run("A delegation arrived (Fars, November 7).", 11, 72, 780), new Run("Centre footer", 9, 72, 40)])),
            Is.EqualTo(new[] { "Centre footer", "Centre footer" }));
    }

    [TestCase("12", true)]
    [TestCase("123456789012", true)]
    [TestCase("1234567890123", false)]
    [TestCase("– 12 –", true)]
    [TestCase("-", false)]
    [TestCase("7 days", false)]
    [TestCase("page 7", true)]
    [TestCase("PAGE 3/9", true)]
    [TestCase("Page 7.", false)]
    [TestCase("Pages 7", false)]
    [TestCase("Page", false)]
    public void A_page_number_at_the_foot_of_a_single_page_is_furniture(string number, bool furniture)
    {
        string[] lines = ["Iran sent aid to Syria (IRNA, November 6).", "The ministry will help (Mehr, November 13).", number];
        Assert.That(FurnitureOf(Pages(lines)), Is.EqualTo(furniture ? new[] { number } : []));
    }

    [Test]
    public void A_page_number_at_the_top_of_a_page_is_furniture()
    {
        Assert.That(FurnitureOf(Pages(["3", "Iran sent aid to Syria (IRNA, November 6).", "The ministry will help (Mehr, November 13)."])), Is.EqualTo(new[] { "3" }));
    }
}
