namespace Spotlight.Tests;

/// <summary>Where the repository's seeds and samples are, wherever the tests run from.</summary>
internal static class TestFiles
{
    public const string SeedName = "000_9f7aefc85182d098.txt";

    public static string RepositoryRoot { get; } = FindRoot();

    public static string SeedPath => Path.Combine(RepositoryRoot, "seeds", SeedName);

    public static string Samples => Path.Combine(RepositoryRoot, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpotlightCli.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("SpotlightCli.sln not found above the test directory");
    }
}
