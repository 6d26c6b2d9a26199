using Spotlight.Model;

namespace Spotlight.Tests.Parsing.Layout;

/// <summary>
/// Page lines inside an item: each shape of a page number or document number is set aside as furniture and the item
/// goes on after it; a line of another shape is the item's text.
/// </summary>
public sealed class PageLinesTests
{
    private static (string Text, IEnumerable<(FurnitureKind, string, int)> Furniture) Read(string pageLine)
    {
        var tree = ParseHelper.Text(ParseHelper.Header + $"► Iran said that the talks\n{pageLine}\nwould resume (IRNA, November 6).\n");
        var furniture = (tree.Report.Furniture ?? []).Select(f => (f.Kind, f.Text, f.Lines.First));
        return (tree.Report.Sections.SelectMany(s => s.Items).Single().Text, furniture);
    }

    [TestCase("3", FurnitureKind.PageNumber)]
    [TestCase("- 3 -", FurnitureKind.PageNumber)]
    [TestCase("– 12 –", FurnitureKind.PageNumber)]
    [TestCase("Page 3", FurnitureKind.PageNumber)]
    [TestCase("page 3 of 9", FurnitureKind.PageNumber)]
    [TestCase("3 / 9", FurnitureKind.PageNumber)]
    [TestCase("3 | Page", FurnitureKind.PageNumber)]
    [TestCase("9999", FurnitureKind.PageNumber)]
    [TestCase("045-17      3", FurnitureKind.DocumentNumber)]
    [TestCase("3      045-17", FurnitureKind.DocumentNumber)]
    [TestCase("ITIC 118-21   2", FurnitureKind.DocumentNumber)]
    [TestCase("045/17b 3", FurnitureKind.DocumentNumber)]
    public void A_page_line_inside_an_item_is_furniture_and_the_item_goes_on(string line, FurnitureKind kind)
    {
        var (text, furniture) = Read(line);
        Assert.That(text, Is.EqualTo("Iran said that the talks would resume (IRNA, November 6)."));
        // The furniture's text is the line's words one space apart.
        string words = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.That(furniture, Is.EqualTo(new[] { (kind, words, 9) }));
    }

    [TestCase("12345")]
    [TestCase("3 of")]
    [TestCase("and 3")]
    [TestCase("ABCDEFGHIJK 118-21 2")]
    public void A_line_of_another_shape_is_the_items_text(string line)
    {
        var (text, furniture) = Read(line);
        Assert.That(text, Is.EqualTo($"Iran said that the talks {line} would resume (IRNA, November 6)."));
        Assert.That(furniture, Is.Empty);
    }
}
