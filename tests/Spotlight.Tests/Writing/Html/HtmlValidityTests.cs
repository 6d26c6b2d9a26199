using System.Text;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using Spotlight.Reading;
using Spotlight.Tests.Browser;
using Spotlight.Writing;
using Spotlight.Writing.Html;

namespace Spotlight.Tests.Writing.Html;

/// <summary>
/// The pages <c>parse -f html</c> writes are valid HTML: an HTML parser finds no error in them (AngleSharp reports each
/// one the HTML standard names, from a missing doctype to a stray end tag), no two elements share an id, and every
/// link within the page names one.
/// </summary>
public sealed class HtmlValidityTests
{
    public static IEnumerable<TestCaseData> Inputs()
    {
        yield return new TestCaseData(TestFiles.SeedPath, "seeds/" + TestFiles.SeedName).SetArgDisplayNames(TestFiles.SeedName);
        foreach (string file in Directory.EnumerateFiles(TestFiles.Samples).Where(ReportReaders.IsSupported).Order(StringComparer.Ordinal))
            yield return new TestCaseData(file, "samples/" + Path.GetFileName(file)).SetArgDisplayNames(Path.GetFileName(file));
    }

    [TestCaseSource(nameof(Inputs))]
    public void The_page_of_a_report_is_valid(string file, string path)
    {
        var bytes = File.ReadAllBytes(file);
        var tree = ReportPipeline.Parse(bytes, path, ReportReaders.Detect(bytes, path));

        AssertValid(Page(many: false, tree));
    }

    [Test]
    public void The_page_of_a_report_holding_markup_is_valid()
    {
        var tree = ReportPipeline.Parse(Encoding.UTF8.GetBytes(HostileReportPageTests.Text), HostileReportPageTests.InputName, new PlainTextReader());

        AssertValid(Page(many: false, tree));
    }

    [Test]
    public void One_page_of_every_sample_is_valid_with_ids_of_its_own()
    {
        var trees = Inputs().Select(input => (string)input.Arguments[0]!).Select(file =>
        {
            var bytes = File.ReadAllBytes(file);
            return ReportPipeline.Parse(bytes, file, ReportReaders.Detect(bytes, file));
        }).ToArray();

        string page = Page(many: true, trees);

        Assert.That(page, Does.Contain("id=\"r2-report\""));
        AssertValid(page);
    }

    [Test]
    public void The_page_of_no_report_is_valid()
    {
        AssertValid(Page(many: true));
    }

    [Test]
    public void The_check_finds_what_it_is_for()
    {
        // A page whose end tags are crossed, with an unclosed reference, twice the same id and a link to no id.
        const string broken = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p id=\"a\"><b>x</p></b>&amp <i id=\"a\">y</i><a href=\"#b\">z</a></body></html>";

        var problems = Problems(broken);

        Assert.That(problems.Count(problem => problem.StartsWith("line ", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2));
        Assert.That(problems, Does.Contain("id \"a\" is given 2 times"));
        Assert.That(problems, Does.Contain("link #b names no id"));
    }

    private static void AssertValid(string page) => Assert.That(Problems(page), Is.Empty);

    /// <summary>
    /// Every parse error ("line 3, column 5: …"), every id given twice, every link within the page that names no id (as
    /// written or percent-decoded, the two a browser tries).
    /// </summary>
    private static List<string> Problems(string page)
    {
        var problems = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, error) =>
        {
            var found = (HtmlErrorEvent)error;
            problems.Add($"line {found.Position.Line}, column {found.Position.Column}: {found.Message}");
        };
        using var document = parser.ParseDocument(page);

        var ids = document.QuerySelectorAll("[id]").Select(element => element.Id!).ToList();
        problems.AddRange(ids.CountBy(id => id).Where(id => id.Value > 1).Select(id => $"id \"{id.Key}\" is given {id.Value} times"));
        var known = ids.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(document.QuerySelectorAll("a[href^='#']").Select(link => link.GetAttribute("href")!)
            .Where(href => !known.Contains(href[1..]) && !known.Contains(Uri.UnescapeDataString(href[1..])))
            .Select(href => $"link {href} names no id"));
        return problems;
    }

    private static string Page(bool many, params Spotlight.Model.ReportTree[] trees)
    {
        using var stream = new MemoryStream();
        using (var output = new HtmlReportWriter().Open(stream, many))
        {
            foreach (var tree in trees)
                output.Write(tree);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
