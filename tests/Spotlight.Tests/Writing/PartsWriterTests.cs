using System.Text;
using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Tests.Parsing;
using Spotlight.Tests.Pathological;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>A report given in parts, each section written as it comes, is written to the bytes of its whole tree.</summary>
public sealed class PartsWriterTests
{
    /// <summary>The seed, every sample (text, web page, PDF), the text shapes, and reports made to reach every branch.</summary>
    public static IEnumerable<TestCaseData> Inputs()
    {
        var files = new[] { Path.Combine("seeds", TestFiles.SeedName) }
            .Concat(Directory.EnumerateFiles(TestFiles.Samples).Where(ReportReaders.IsSupported).Order()
                .Select(p => Path.Combine("samples", Path.GetFileName(p))));
        foreach (string file in files)
            yield return new TestCaseData(file, File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, file))).SetArgDisplayNames(file);
        foreach (var shape in TextShapes.All)
            yield return new TestCaseData(shape.Name + (shape.Reader == "html" ? ".html" : ".txt"), shape.Make(64 * 1024)).SetArgDisplayNames(shape.Name);
        // Thousands of items in one section, held back on disk until the section ends.
        foreach (string name in new[] { "paragraphs without glyphs one line apart", "captions written twice" })
            yield return new TestCaseData(name + ".txt", TextShapes.All.Single(shape => shape.Name == name).Make(512 * 1024))
                .SetArgDisplayNames(name + ", 512 KiB");
        foreach (var (name, text) in Made())
            yield return new TestCaseData(name, Encoding.UTF8.GetBytes(text)).SetArgDisplayNames(name);
    }

    private static IEnumerable<(string Name, string Text)> Made()
    {
        yield return ("no period.txt", "Spotlight on Iran\n\nOverview\n\n► Talks went on (Fars, November 6).\n\nIranian Involvement in Iraq\n\n► A visit in 2019 (IRNA, March 3).\n");
        yield return ("header only.txt", ParseHelper.Header);
        var longText = new StringBuilder("► ");
        while (longText.Length < TreeJson.LongText + 10)
            longText.Append("Iran’s envoy met reporters (Fars, November 15) – \"quoted\". ");
        yield return ("long item and long footnote.txt", ParseHelper.Header + "Overview\n\n► A point (Fars, November 6).\n\n"
            + "Iranian Involvement in Syria\n\n" + longText + "\n\n1 " + longText.ToString()[2..] + "\n");
        yield return ("long footnote only.txt", ParseHelper.Header + "Overview\n\n► A point (Fars, November 6).\n\n1 " + longText.ToString()[2..] + "\n");
    }

    private static byte[] Written(IReportWriter writer, Action<IReportOutput> write)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream, many: false))
            write(output);
        return stream.ToArray();
    }

    [TestCaseSource(nameof(Inputs))]
    public void A_report_written_in_parts_has_the_bytes_of_its_tree(string name, byte[] input)
    {
        var reader = ReportReaders.Detect(input, name);
        foreach (var writer in new IReportPartsWriter[] { new JsonReportWriter(), new JsonReportWriter(indented: false), new NdjsonReportWriter() })
        {
            var tree = ReportPipeline.Parse(input, name, reader, ProfileChoice.BuiltIn);
            byte[] bytes = [.. input];
            var parts = ReportPipeline.StreamTaking(ref bytes, name, reader, ProfileChoice.BuiltIn);
            Assert.That(bytes, Is.Null, "the input's bytes are taken");
            byte[] whole = Written(writer, output => output.Write(tree));
            Assert.That(Encoding.UTF8.GetString(Written(writer, output => ((IReportPartsOutput)output).Write(parts))),
                Is.EqualTo(Encoding.UTF8.GetString(whole)), writer.GetType().Name);
        }
    }

    [Test]
    public void A_report_in_parts_is_written_whole_through_the_writer_of_a_file()
    {
        byte[] input = File.ReadAllBytes(TestFiles.SeedPath);
        var tree = ReportPipeline.Parse(input, "seed.txt", new PlainTextReader());
        var parts = ReportPipeline.StreamTaking(ref input, "seed.txt", new PlainTextReader(), ProfileChoice.BuiltIn);
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(parts, stream);
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo(TreeCorpus.Render(new JsonReportWriter(), tree)));
    }
}
