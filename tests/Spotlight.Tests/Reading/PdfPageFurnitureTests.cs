using Spotlight.Model;
using Spotlight.Reading;
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
}
