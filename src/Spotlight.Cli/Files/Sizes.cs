using System.Globalization;

namespace Spotlight.Cli.Files;

/// <summary>Byte counts for people: "812 B", "41 MB", "1.5 GB".</summary>
internal static class Sizes
{
    public static string Format(long bytes)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        string number = unit == 0 || value >= 10
            ? Math.Round(value).ToString("0", CultureInfo.InvariantCulture)
            : value.ToString("0.#", CultureInfo.InvariantCulture);
        return $"{number} {units[unit]}";
    }
}
