using System.Globalization;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// The colour of each region in a timeline's chart, by its place among the lanes: nine colours told apart by most
/// readers, then hues a golden angle apart, dark and light in turn, so that any number of regions gets colours that
/// differ. Events of no region are grey.
/// </summary>
public static class ChartColours
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"];

    public const string NoRegion = "#868e96";

    public static string For(int place)
    {
        if (place < Palette.Length)
            return Palette[place];
        // Darker and lighter in turn than the palette's middle tones, so that a hue near one of the palette's still differs.
        int beyond = place - Palette.Length;
        double hue = (260 + beyond * 137.508) % 360;
        return Hex(hue, saturation: 0.6, lightness: beyond % 2 == 0 ? 0.3 : 0.7);
    }

    private static string Hex(double hue, double saturation, double lightness)
    {
        double chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        double x = chroma * (1 - Math.Abs(hue / 60 % 2 - 1));
        double m = lightness - chroma / 2;
        (double r, double g, double b) = (int)(hue / 60) switch
        {
            0 => (chroma, x, 0.0),
            1 => (x, chroma, 0.0),
            2 => (0.0, chroma, x),
            3 => (0.0, x, chroma),
            4 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        return string.Create(CultureInfo.InvariantCulture, $"#{Byte(r + m):x2}{Byte(g + m):x2}{Byte(b + m):x2}");
    }

    private static int Byte(double channel) => (int)Math.Round(Math.Clamp(channel, 0, 1) * 255);
}
