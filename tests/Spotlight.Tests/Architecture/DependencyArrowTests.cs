namespace Spotlight.Tests.Architecture;

/// <summary>
/// Dependencies point one way (docs/ARCHITECTURE.md): in the core Diagnostics and Text at the bottom, then Model,
/// Vocabulary, the passes (Reading, Parsing, Extraction, Validation), Timeline (events from trees) and Writing (which renders timelines too), none naming a pass beside it; in the
/// CLI Commands above Batch above Input and Output, which know nothing of each other and share only Files. Read from the sources, since a namespace is reached by a using
/// directive or a qualified name.
/// </summary>
public sealed class DependencyArrowTests
{
    private static string Source(string folder) => Path.Combine(TestFiles.RepositoryRoot, "src", folder);

    private static IEnumerable<string> FilesNaming(string folder, params string[] namespaces) =>
        Directory.EnumerateFiles(Source(folder), "*.cs", SearchOption.AllDirectories)
            .Where(file => namespaces.Any(ns => File.ReadAllText(file).Contains(ns + ";") || File.ReadAllText(file).Contains(ns + ".")))
            .Select(file => Path.GetRelativePath(TestFiles.RepositoryRoot, file));

    [TestCase("Spotlight.Core/Spilling", "Spotlight.Diagnostics", "Spotlight.Text", "Spotlight.Model", "Spotlight.Configuration", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Diagnostics", "Spotlight.Text", "Spotlight.Model", "Spotlight.Configuration", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Text", "Spotlight.Model", "Spotlight.Configuration", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Model", "Spotlight.Configuration", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Configuration", "Spotlight.Text", "Spotlight.Model", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Reading", "Spotlight.Vocabulary", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Parsing", "Spotlight.Reading", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Extraction", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Validation", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Validation", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Writing", "Spotlight.Timeline")]
    [TestCase("Spotlight.Core/Writing", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation")]
    [TestCase("Spotlight.Core/Timeline", "Spotlight.Configuration", "Spotlight.Vocabulary", "Spotlight.Reading", "Spotlight.Parsing", "Spotlight.Extraction", "Spotlight.Validation", "Spotlight.Writing")]
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
