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

    private static string Json(Spotlight.Model.ReportTree tree) => JsonSerializer.Serialize(tree, ReportJsonContext.Default.ReportTree);
}
