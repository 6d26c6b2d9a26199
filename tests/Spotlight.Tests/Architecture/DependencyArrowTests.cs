namespace Spotlight.Tests.Architecture;

/// <summary>
/// Dependencies point one way: Text below Reading, and in the CLI Commands above Batch above Input and Output, which
/// know nothing of each other and share only Files. Read from the sources, since a namespace is reached by a using
/// directive or a qualified name.
/// </summary>
public sealed class DependencyArrowTests
{
    private static string Source(string folder) => Path.Combine(TestFiles.RepositoryRoot, "src", folder);

    private static IEnumerable<string> FilesNaming(string folder, params string[] namespaces) =>
        Directory.EnumerateFiles(Source(folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => namespaces.Any(ns => File.ReadAllText(file).Contains(ns + ";") || File.ReadAllText(file).Contains(ns + ".")))
            .Select(file => Path.GetRelativePath(TestFiles.RepositoryRoot, file));

    [TestCase("Spotlight.Core/Text", "Spotlight.Reading")]
    [TestCase("Spotlight.Cli/Input", "Spotlight.Cli.Output", "Spotlight.Cli.Batch", "Spotlight.Cli.Commands")]
    [TestCase("Spotlight.Cli/Output", "Spotlight.Cli.Input", "Spotlight.Cli.Batch", "Spotlight.Cli.Commands")]
    [TestCase("Spotlight.Cli/Files", "Spotlight.Cli.Input", "Spotlight.Cli.Output", "Spotlight.Cli.Batch", "Spotlight.Cli.Commands")]
    [TestCase("Spotlight.Cli/Batch", "Spotlight.Cli.Commands")]
    public void A_folder_names_nothing_above_it(string folder, params string[] above)
    {
        Assert.That(FilesNaming(folder, above), Is.Empty);
    }

    [Test]
    public void The_check_sees_a_using_directive()
    {
        Assert.That(FilesNaming("Spotlight.Cli/Batch", "Spotlight.Cli.Input"), Does.Contain(Path.Combine("src", "Spotlight.Cli", "Batch", "ParseRun.cs")));
    }
}
