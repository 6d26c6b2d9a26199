using Microsoft.Playwright;

namespace Spotlight.Tests.Browser;

/// <summary>
/// Debian's <c>chromium</c>, headless, driven through Playwright's driver, which its NuGet package ships with a node of
/// its own: the browser is the system's, so nothing is downloaded. A missing browser fails the tests that need it
/// (CI counts a skipped test as a failure, and a test that did not run proves nothing).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Where Debian's package puts it; SPOTLIGHT_CHROMIUM names another build of Chromium.</summary>
    private const string DebianPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("SPOTLIGHT_CHROMIUM") is { Length: > 0 } path ? path : DebianPath;

    public static async Task<HeadlessChromium> StartAsync()
    {
        string path = ExecutablePath;
        if (!File.Exists(path))
            Assert.Fail($"no browser at {path}: install Debian's chromium (apt-get install chromium, as .ci/run does) or name one in SPOTLIGHT_CHROMIUM");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A page of its own (its own context) showing a file, at a viewport of the given size.</summary>
    public async Task<IPage> OpenAsync(string file, int width = 1000, int height = 900)
    {
        var context = await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
