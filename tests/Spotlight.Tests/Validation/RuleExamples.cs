using System.Text;
using System.Text.RegularExpressions;

namespace Spotlight.Tests.Validation;

/// <summary>The failing and passing example of every rule, read from docs/rules.md.</summary>
internal static partial class RuleExamples
{
    // A section without examples (a finding about the input's bytes) does not borrow the next section's.
    [GeneratedRegex(@"^## (?<id>SPT\d{3})\n(?:(?!^## ).)*?Failing:\n\n```text\n(?<failing>.*?)\n```\n\nPassing:\n\n```text\n(?<passing>.*?)\n```",
        RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Section();

    public static IReadOnlyDictionary<string, (string Failing, string Passing)> All { get; } = Read();

    private static Dictionary<string, (string, string)> Read()
    {
        string text = File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "docs", "rules.md"));
        return Section().Matches(text).ToDictionary(m => m.Groups["id"].Value,
            m => (Controls(m.Groups["failing"].Value + "\n"), Controls(m.Groups["passing"].Value + "\n")));
    }

    /// <summary>The docs write control characters as their Unicode pictures ("␌" for a form feed).</summary>
    private static string Controls(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
            result.Append(c is >= '\u2400' and <= '\u241F' ? (char)(c - 0x2400) : c);
        return result.ToString();
    }
}
