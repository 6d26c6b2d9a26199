using System.Globalization;
using System.Text.RegularExpressions;

namespace Spotlight.Cli.Input;

/// <summary>Sizes on the command line: "64000000", "64MB", "64M", "512k" (decimal units, as <see cref="Output.Sizes"/> prints them).</summary>
internal static partial class ByteSize
{
    [GeneratedRegex(@"^\s*(?<number>\d+(?:\.\d+)?)\s*(?<unit>[kKmMgG]?)[bB]?\s*$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = Pattern().Match(text);
        if (!match.Success)
            return false;
        double number = double.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        double scale = char.ToLowerInvariant(match.Groups["unit"].Value.FirstOrDefault()) switch
        {
            'k' => 1e3,
            'm' => 1e6,
            'g' => 1e9,
            _ => 1,
        };
        bytes = (long)(number * scale);
        return bytes > 0;
    }
}
