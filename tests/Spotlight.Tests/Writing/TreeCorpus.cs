using System.Text;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Writing;

namespace Spotlight.Tests.Writing;

/// <summary>The seed and every sample, parsed, for the writer tests to render and read back.</summary>
internal static class TreeCorpus
{
    public static IEnumerable<string> Names() =>
        new[] { Path.Combine("seeds", TestFiles.SeedName) }
            .Concat(Directory.EnumerateFiles(TestFiles.Samples, "*.txt").Order().Select(p => Path.Combine("samples", Path.GetFileName(p))));

    public static ReportTree Parse(string relativePath) =>
        ReportPipeline.Parse(File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, relativePath)), relativePath, new PlainTextReader());

    public static string Render(IReportWriter writer, params ReportTree[] documents)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream, many: documents.Length > 1))
        {
            foreach (var document in documents)
                output.Write(document);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static byte[] RenderBytes(IReportWriter writer, params ReportTree[] documents)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream, many: documents.Length > 1))
        {
            foreach (var document in documents)
                output.Write(document);
        }
        return stream.ToArray();
    }
}
