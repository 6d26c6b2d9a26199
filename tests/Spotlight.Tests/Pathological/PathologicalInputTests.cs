using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Tests.Properties;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// The hostile inputs at the sizes the issue names: each finishes well inside a generous bound and gives
/// the tree it should. How time grows with size is <see cref="GrowthTests"/>' part, which sets each of them against
/// four times its size.
/// </summary>
public class PathologicalInputTests
{
    // Far above what any of them takes on a slow machine; only a hang or a quadratic path comes near it.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static ReportTree Parse(string reader, byte[] bytes)
    {
        ReportTree? document = null;
        var run = Task.Run(() => document = ReportPipeline.Parse(bytes, "hostile", ReportReaders.ForName(reader)));
        Assert.That(run.Wait(Bound), Is.True, $"{bytes.Length} bytes not parsed within {Bound.TotalSeconds} s");
        TreeInvariants.Check(document!);
        return document!;
    }

    [Test]
    public void A_single_line_of_10_MB()
    {
        var document = Parse("text", PathologicalInputs.LongLine.Make(10 * PathologicalInputs.MiB));
        Assert.That(document.Input.Lines, Is.EqualTo(1));
        Assert.That(document.Report.Series, Is.Null);
        Assert.That(document.Diagnostics.Select(d => d.Code), Does.Contain("SPT001").And.Contain("SPT002"));
    }

    [Test]
    public void One_hundred_thousand_bullets()
    {
        var document = Parse("text", PathologicalInputs.BulletReport(100_000));
        Assert.That(document.Stats, Is.EqualTo(new ReportStats(Sections: 1, Items: 100_000, Figures: 0, Dates: 100_000, Sources: 100_000)));
        var last = document.Report.Sections[0].Items[^1];
        Assert.That((last.Id, last.Lines, last.Dates[0].Value), Is.EqualTo(("overview-100000", new LineRange(100_006, 100_006), "2021-11-05")));
    }

    [Test]
    public void One_megabyte_of_open_parentheses()
    {
        var document = Parse("text", PathologicalInputs.OpenParentheses.Make(PathologicalInputs.MiB));
        var item = document.Report.Sections.Single().Items.Single();
        Assert.That(item.Text.Trim('('), Is.Empty);
        Assert.That((item.Text.Length, item.Dates.Length, item.Sources.Length), Is.EqualTo((PathologicalInputs.MiB - 90, 0, 0)));
    }

    [Test]
    public void One_megabyte_of_month_names()
    {
        var document = Parse("text", PathologicalInputs.MonthNames.Make(PathologicalInputs.MiB));
        var item = document.Report.Sections.Single().Items.Single();
        Assert.That(item.Text, Does.StartWith("January February March"));
        Assert.That(item.Sources, Is.Empty);
    }

    [Test]
    public void Html_nested_ten_thousand_levels_in_blocks_of_one_megabyte()
    {
        byte[] page = PathologicalInputs.DeepHtml.Make(PathologicalInputs.MiB);
        var document = Parse("html", page);
        Assert.That(document.Diagnostics[0].Code, Is.EqualTo("SPT025"));
        int blocks = System.Text.Encoding.UTF8.GetString(page).Split("<p>►").Length - 1;
        Assert.That((blocks, document.Stats.Items), Is.EqualTo((10, 10)));
        Assert.That(document.Report.Sections.Single().Items.Select(i => i.Text).Distinct(), Is.EqualTo(new[] { "Tehran hosted a delegation (Fars, November 5)." }));
    }

    [Test]
    public void A_pdf_claiming_100000_pages_that_holds_three()
    {
        var document = Parse("pdf", PathologicalInputs.ClaimingPdf(pages: 3, claimed: 100_000));
        var items = document.Report.Sections.SelectMany(s => s.Items).ToList();
        Assert.That(items.Select(i => i.Pages?.Single()), Is.EqualTo(new int?[] { 1, 2, 3 }));
        Assert.That(items[2].Text, Is.EqualTo("Tehran hosted delegation c from Damascus (Fars, November 5)."));
    }
}
