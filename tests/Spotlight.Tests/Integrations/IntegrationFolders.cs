namespace Spotlight.Tests.Integrations;

/// <summary>
/// The temporary folders the integration tests share across fixtures (the working tree's snapshot, pre-commit's
/// store), removed when the last of them has run.
/// </summary>
[SetUpFixture]
public sealed class IntegrationFolders
{
    private static readonly string Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "spotlight-integrations-" + Guid.NewGuid().ToString("N"));

    /// <summary>A new folder under the run's root.</summary>
    public static string Make(string name) => Directory.CreateDirectory(System.IO.Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    [OneTimeTearDown]
    public void Remove()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }
}
