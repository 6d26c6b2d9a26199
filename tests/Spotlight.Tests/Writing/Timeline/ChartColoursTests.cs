using System.Globalization;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

public sealed class ChartColoursTests
{
    private static (int R, int G, int B) Rgb(string hex) =>
        (int.Parse(hex[1..3], NumberStyles.HexNumber), int.Parse(hex[3..5], NumberStyles.HexNumber), int.Parse(hex[5..7], NumberStyles.HexNumber));

    [Test]
    public void Forty_regions_get_forty_colours_none_of_them_the_grey_of_no_region()
    {
        var colours = Enumerable.Range(0, 40).Select(ChartColours.For).ToList();
        Assert.That(colours, Is.All.Match("^#[0-9a-f]{6}$"));
        Assert.That(colours.Append(ChartColours.NoRegion).Distinct().Count(), Is.EqualTo(41));
        Assert.That(colours[..3], Is.EqualTo(new[] { "#4e79a7", "#f28e2b", "#e15759" }));
    }

    [Test]
    public void Past_the_palette_colours_alternate_dark_and_light_and_differ_from_their_neighbours()
    {
        static int Lightness(string hex) { var (r, g, b) = Rgb(hex); return Math.Max(r, Math.Max(g, b)) + Math.Min(r, Math.Min(g, b)); }
        for (int place = 9; place < 30; place++)
        {
            var (r1, g1, b1) = Rgb(ChartColours.For(place));
            var (r2, g2, b2) = Rgb(ChartColours.For(place + 1));
            Assert.That(Math.Abs(r1 - r2) + Math.Abs(g1 - g2) + Math.Abs(b1 - b2), Is.GreaterThan(100), $"places {place} and {place + 1}");
            Assert.That(Lightness(ChartColours.For(place)) < 255, Is.EqualTo(place % 2 == 1), $"place {place} is {(place % 2 == 1 ? "dark" : "light")}");
        }
    }
}
