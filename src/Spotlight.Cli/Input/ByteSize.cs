using System.Globalization;
using System.Text.RegularExpressions;

namespace Spotlight.Cli.Input;

/// <summary>
/// Sizes on the command line, exactly the forms the help names: a number of bytes ("1000000", "64B"), decimal units
/// ("512k", "64M", "64MB", "10kB": powers of 1000, as <see cref="Output.Sizes"/> prints them) and binary ones ("64MiB",
/// "512KiB": powers of 1024). A half-written unit ("64Mi") or a lower-case "b" ("64mb", which reads as bits) is refused
/// rather than guessed at. Worked out in decimal, so that no size overflows on its way to a long.
/// </summary>
internal static partial class ByteSize
{
    /// <summary>The largest size accepted: 1 TiB. (No one input can be larger than an array anyway: <see cref="Array.MaxLength"/>.)</summary>
    public const long Max = 1L << 40;

    public const string Range = "from 1 byte to 1TiB";

    /// <summary>The units, as the help and the README give them.</summary>
    public const string Forms = "bytes, k, M, G, T or KB, MB, GB, TB (powers of 1000), KiB, MiB, GiB, TiB (powers of 1024)";

    /// <summary>The forms <see cref="Forms"/> names: a letter alone (any case), the letter and B, or the letter, i and B.</summary>
    [GeneratedRegex(@"^\s*(?<number>\d{1,15}(?:\.\d{1,9})?)\s*(?:(?<unit>[kKmMgGtT])|(?<unit>[kKMGT])B|(?<unit>[KMGT])(?<binary>i)B|B)?\s*$")]
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
