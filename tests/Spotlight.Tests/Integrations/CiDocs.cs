using System.Collections.Immutable;
using Spotlight.Tests.Readme;

namespace Spotlight.Tests.Integrations;

/// <summary>
/// The snippets README.md and docs/ci.md give for CI, read as the README's examples are (fenced blocks and the
/// marker above each). Where a snippet needs the project's address it writes <see cref="ProjectAddress"/> and
/// <see cref="Rev"/>, placeholders a reader replaces and a test replaces with this working tree.
/// </summary>
internal static class CiDocs
{
    public const string ProjectAddress = "https://github.com/OWNER/spotlight";

    public const string ActionName = "OWNER/spotlight";

    public const string Rev = "v0.1.0";

    public const string Guide = "docs/ci.md";

    public static ImmutableArray<ReadmeBlock> BlocksOf(string file) =>
        ReadmeExamples.Read(File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, file)));

    /// <summary>Every block of both files, named by file and line.</summary>
    public static IEnumerable<(string Name, ReadmeBlock Block)> All =>
        new[] { "README.md", Guide }.SelectMany(file => BlocksOf(file).Select(block => ($"{file} line {block.Line}", block)));

    public static string Text(ReadmeBlock block) => string.Join('\n', block.Lines) + "\n";
}
