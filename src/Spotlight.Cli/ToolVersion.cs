using System.Reflection;

namespace Spotlight.Cli;

/// <summary>The version of this build, as a SARIF log names the tool that wrote it.</summary>
internal static class ToolVersion
{
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
