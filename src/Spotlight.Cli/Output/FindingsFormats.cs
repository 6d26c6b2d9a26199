using System.Reflection;
using Spotlight.Writing.Findings;

namespace Spotlight.Cli.Output;

/// <summary>The names <c>validate --format</c> takes, and the writer each stands for.</summary>
internal static class FindingsFormats
{
    public static readonly string[] Names = ["text", "json", "sarif", "github"];

    public static IFindingsWriter Create(string format) => format switch
    {
        "json" => new JsonFindingsWriter(),
        "sarif" => new SarifFindingsWriter(Version),
        "github" => new GitHubFindingsWriter(),
        _ => new TextFindingsWriter(),
    };

    public static string Version { get; } =
        typeof(FindingsFormats).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
