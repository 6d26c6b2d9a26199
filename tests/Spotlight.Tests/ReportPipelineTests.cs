using System.Text.Json;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Tests;

/// <summary>The pipeline that takes the caller's bytes gives the tree and findings of the one that borrows them.</summary>
public sealed class ReportPipelineTests
{
    private static IEnumerable<string> Inputs() =>
        new[] { TestFiles.SeedPath }.Concat(new[] { "001_bullets_highlights.html", "008_pdf_n_bullets_footnote.pdf", "005_nospace_repeat_captions.txt" }
            .Select(name => Path.Combine(TestFiles.Samples, name)));

    [TestCaseSource(nameof(Inputs))]
    public void Taking_the_bytes_gives_the_same_tree_and_clears_them(string path)
    {
        byte[] original = File.ReadAllBytes(path);
        var reader = ReportReaders.Detect(original, path);
        var borrowed = ReportPipeline.ParseWithSource(original, path, reader, ProfileChoice.BuiltIn);

        byte[] bytes = (byte[])original.Clone();
        var tree = ReportPipeline.ParseTaking(ref bytes, path, reader, ProfileChoice.BuiltIn);
        Assert.That(bytes, Is.Null);
        Assert.That(Json(tree), Is.EqualTo(Json(borrowed.Tree)));

        bytes = (byte[])original.Clone();
        var withSource = ReportPipeline.ParseWithSourceTaking(ref bytes, path, reader, ProfileChoice.BuiltIn);
        Assert.That(bytes, Is.Null);
        Assert.That((Json(withSource.Tree), withSource.Source.Text), Is.EqualTo((Json(borrowed.Tree), borrowed.Source.Text)));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(original), "the input file is untouched");
    }

    private static ReportStream Stream(string text)
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return ReportPipeline.StreamTaking(ref bytes, "r.txt", new PlainTextReader(), ProfileChoice.BuiltIn);
    }

    private const string ThreeSections = Spotlight.Tests.Parsing.ParseHelper.Header + "Main events of the week1\n\n► Talks went on (Fars, November 6).\n\n"
        + "Iranian Involvement in Syria\n\n► A road reopened (SANA, November 8).\n045-17      3\n\n1 A note on the figures.\n\n"
        + "Iranian Involvement in Iraq\n\n► A visit (IRNA, November 9).\n";

    [Test]
    public void A_report_in_parts_gives_its_sections_then_the_rest_of_its_tree()
    {
        var whole = Spotlight.Tests.Parsing.ParseHelper.Text(ThreeSections, "r.txt");
        var stream = Stream(ThreeSections);
        Assert.That((stream.Input, stream.Header.Period, stream.Header.Sections.Length), Is.EqualTo((whole.Input, whole.Report.Period, 0)));

        using var sections = stream.Sections.GetEnumerator();
        Assert.That(sections.MoveNext(), Is.True);
        Assert.That(sections.Current, Is.EqualTo(whole.Report.Sections[0]).Using<Spotlight.Model.Section>((a, b) =>
            a.Id == b.Id && a.Items.Single().Text == b.Items.Single().Text && a.Items.Single().Sources.SequenceEqual(b.Items.Single().Sources)));
        Assert.Throws<InvalidOperationException>(() => stream.Rest(), "the rest is known only at the end");
        Assert.Throws<InvalidOperationException>(() => _ = stream.Sections, "the sections are taken once");
        var ids = new List<string> { sections.Current.Id };
        while (sections.MoveNext())
            ids.Add(sections.Current.Id);

        var rest = stream.Rest();
        Assert.That(ids, Is.EqualTo(whole.Report.Sections.Select(s => s.Id)));
        Assert.That((rest.Report.Sections.Length, rest.Report.Footnotes?.Single().Text, rest.Report.Furniture?.Single().Text),
            Is.EqualTo((0, "A note on the figures.", "045-17 3")));
        Assert.That((rest.Stats, rest.Diagnostics), Is.EqualTo((whole.Stats, whole.Diagnostics)));
        Assert.That(rest.Stats, Is.EqualTo(new Spotlight.Model.ReportStats(3, 3, 0, 3, 3)));
    }

    private static string Json(Spotlight.Model.ReportTree tree) => JsonSerializer.Serialize(tree, ReportJsonContext.Default.ReportTree);
}
