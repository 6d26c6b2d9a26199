using Microsoft.Playwright;

namespace Spotlight.Tests.Browser;

/// <summary>
/// A fixture of pages checked in headless Chromium: one browser for the whole fixture, started before its first test
/// and closed after its last. The pages it opens and the pictures it takes go to the test output, for a person to look at.
/// </summary>
[Category("Browser")]
public abstract class BrowserFixture
{
    private HeadlessChromium? _chromium;

    private protected HeadlessChromium Chromium => _chromium ?? throw new InvalidOperationException("the browser is started before the first test");

    /// <summary>Where the fixture's pages and screenshots are written.</summary>
    protected static string OutputFolder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser");

    [OneTimeSetUp]
    public async Task StartBrowser() => _chromium = await HeadlessChromium.StartAsync();

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_chromium is not null)
            await _chromium.DisposeAsync();
    }

    /// <summary>Writes a page into the output folder, where the browser opens it as a file, as a reader would.</summary>
    protected static string WritePage(string name, byte[] html)
    {
        Directory.CreateDirectory(OutputFolder);
        string path = Path.Combine(OutputFolder, name + ".html");
        File.WriteAllBytes(path, html);
        return path;
    }

    /// <summary>The whole page as a PNG in the output folder, attached to the running test.</summary>
    protected static async Task<string> PhotographAsync(IPage page, string name)
    {
        Directory.CreateDirectory(OutputFolder);
        string path = Path.Combine(OutputFolder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, $"{name}: the whole page");
        return path;
    }
}
