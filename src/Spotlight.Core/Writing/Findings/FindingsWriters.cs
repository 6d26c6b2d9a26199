namespace Spotlight.Writing.Findings;

/// <summary>
/// The formats <c>spotlight validate</c> writes, one row each: the names and help of <c>--format</c> and the format
/// an output file's extension chooses come from here.
/// </summary>
public static class FindingsWriters
{
    // Text and GitHub annotations claim no extension: a .txt or .log file could hold either, so the name decides.
    public static IReadOnlyList<FindingsFormat> All { get; } =
    [
        new("text", [], (_, _) => new TextFindingsWriter()),
        new("json", [".json"], (_, _) => new JsonFindingsWriter()),
        new("sarif", [".sarif", ".sarif.json"], (version, rules) => new SarifFindingsWriter(version, rules)),
        new("github", [], (_, _) => new GitHubFindingsWriter()),
        // GitLab's Code Quality report is JSON of its own shape: .json still means json, but -f codequality may write one.
        new("codequality", [], (_, _) => new CodeQualityFindingsWriter()) { SharedExtensions = [".json"] },
    ];

    /// <summary>The format of stdout, and of a file whose name chooses none.</summary>
    public static FindingsFormat Default { get; } = All.Single(format => format.Name == "text");

    /// <summary>The names <c>validate --format</c> accepts, in table order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(format => format.Name)];

    public static FindingsFormat? ForName(string name) => All.FirstOrDefault(format => format.Name == name);

    /// <summary>The format an output file's extension stands for, or null.</summary>
    public static FindingsFormat? ForPath(string path) => FileFormats.ClaimedBy(All, path);
}
