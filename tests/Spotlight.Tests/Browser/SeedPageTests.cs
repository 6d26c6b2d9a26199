namespace Spotlight.Tests.Browser;

/// <summary>The seed report's page; when SPOTLIGHT_WRITE_DOCS=1, its top is also the README's picture.</summary>
public sealed class SeedPageTests : ReportPageChecks
{
    private static string DocsImage => Path.Combine(TestFiles.RepositoryRoot, "docs", "images", "report-page.png");

    protected override string Name => "seed";

    private protected override RenderedReport Render() => RenderedReport.OfFile(TestFiles.SeedPath, "seeds/" + TestFiles.SeedName);

    [Test]
    public async Task The_docs_show_the_top_of_the_page()
    {
        if (Environment.GetEnvironmentVariable("SPOTLIGHT_WRITE_DOCS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(DocsImage)!);
            await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
            await Page.ScreenshotAsync(new() { Path = DocsImage });
        }

        Assert.That(File.Exists(DocsImage), Is.True, $"{DocsImage} is missing (SPOTLIGHT_WRITE_DOCS=1 writes it)");
        Assert.That(PngSize.Of(DocsImage), Is.EqualTo((1000, 900)));
    }
}
