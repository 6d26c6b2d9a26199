using System.Globalization;
using System.Text.RegularExpressions;

namespace Spotlight.Cli.Input;

/// <summary>
/// Sizes on the command line: "64000000", "64MB", "64M", "512k" (decimal units, as <see cref="Output.Sizes"/> prints
/// them), "64MiB", "512KiB" (binary units). Worked out in decimal, so that no size overflows on its way to a long.
/// </summary>
internal static partial class ByteSize
{
    /// <summary>The largest size accepted: 1 TiB. (No one input can be larger than an array anyway: <see cref="Array.MaxLength"/>.)</summary>
    public const long Max = 1L << 40;

    public const string Range = "from 1 byte to 1TiB";

    [GeneratedRegex(@"^\s*(?<number>\d{1,15}(?:\.\d{1,9})?)\s*(?:(?<unit>[kKmMgGtT])(?<binary>i)?)?[bB]?\s*$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var match = Pattern().Match(text);
        if (!match.Success)
            return false;
        decimal number = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        bool binary = match.Groups["binary"].Success;
        int power = char.ToLowerInvariant(match.Groups["unit"].Value.FirstOrDefault()) switch
        {
            'k' => 1,
            'm' => 2,
            'g' => 3,
            't' => 4,
            _ => 0,
        };
        decimal scale = 1;
        for (int i = 0; i < power; i++)
            scale *= binary ? 1024 : 1000;
        decimal value = decimal.Floor(number * scale);
        if (value < 1 || value > Max)
            return false;
        bytes = (long)value;
        return true;
    }

    /// <summary>A limit as exactly as it was given: "64MB", "64MiB", "1500 bytes".</summary>
    public static string Format(long bytes)
    {
        (long Size, string Unit)[] units = [(1L << 40, "TiB"), (1L << 30, "GiB"), (1L << 20, "MiB"), (1L << 10, "KiB"),
            (1_000_000_000_000, "TB"), (1_000_000_000, "GB"), (1_000_000, "MB"), (1_000, "KB")];
        // The unit that gives the smallest whole number: 64000000 is 64MB, not 62500KiB.
        var best = units.Where(u => bytes >= u.Size && bytes % u.Size == 0).OrderBy(u => bytes / u.Size).FirstOrDefault();
        if (best.Unit is not null)
            return (bytes / best.Size).ToString(CultureInfo.InvariantCulture) + best.Unit;
        return bytes == 1 ? "1 byte" : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
    }
}
