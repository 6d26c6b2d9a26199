using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace Spotlight.Writing;

/// <summary>
/// Which strings YAML would misread if written plain — "yes", "null", "1.0", "2021-11-10", a leading
/// "@" or "*", ": " inside — and so must be quoted to stay strings.
/// </summary>
internal static partial class YamlScalars
{
    // YAML 1.1 and 1.2 booleans and nulls, numbers in their forms, and timestamps.
    [GeneratedRegex("""
        ^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$
        | ^[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$
        | ^[-+]?0[xXoObB][0-9a-fA-F_]+$
        | ^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$
        | ^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$
        | ^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Resolvable();

    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    public static ScalarStyle StyleOf(string value)
    {
        if (value.Length == 0 || Resolvable().IsMatch(value))
            return ScalarStyle.DoubleQuoted;
        if (Indicators.Contains(value[0]) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
            return ScalarStyle.DoubleQuoted;
        if (value.Contains(": ") || value.Contains(" #") || value.EndsWith(':'))
            return ScalarStyle.DoubleQuoted;
        foreach (char c in value)
        {
            // Line breaks stay inside one double-quoted string; control characters are escaped there.
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u0085')
                return ScalarStyle.DoubleQuoted;
        }
        return ScalarStyle.Plain;
    }
}
