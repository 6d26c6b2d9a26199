using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Writing;
using Spotlight.Writing.Html;

namespace Spotlight.Tests.Browser;

/// <summary>
/// One input parsed in process and written twice: as the page the browser opens, and as the JSON tree the page is
/// checked against (the contract's form, so that the page is held to what a reader of the JSON sees).
/// </summary>
internal sealed record RenderedReport(ReportTree Tree, byte[] Html, byte[] Json)
{
    /// <param name="path">The input's name in the tree (and so on the page).</param>
    public static RenderedReport Of(byte[] bytes, string path)
    {
        var tree = ReportPipeline.Parse(bytes, path, ReportReaders.Detect(bytes, path));
        return new RenderedReport(tree, Written(new HtmlReportWriter(), tree), Written(new JsonReportWriter(), tree));
    }

    public static RenderedReport OfFile(string file, string path) => Of(File.ReadAllBytes(file), path);

    public IReadOnlyList<TreeNode> Nodes => TreeNode.AllIn(Json);

    private static byte[] Written(IReportWriter writer, ReportTree tree)
    {
        using var output = new MemoryStream();
        writer.Write(tree, output);
        return output.ToArray();
    }
}
