using System.Diagnostics;
using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// The layouts the layout pass decides, repeated many times: at four times the size each takes at most five times
/// as long (best of three runs each), so a path whose time grows with the square of the input fails here.
/// </summary>
public sealed class LayoutGrowthTests
{
    private const string Header = "Spotlight on Iran\n\nMarch 3, 2019 – March 17, 2019\n\nAuthor: Dr. Jane Roe\n\nMain events of the week1\n\n";

    public static IEnumerable<TestCaseData> Shapes() => RawShapes().Select(c => c.SetArgDisplayNames((string)c.Arguments[0]!));

    private static IEnumerable<TestCaseData> RawShapes()
    {
        yield return new TestCaseData("one wrapped paragraph of short lines", (Func<int, string>)(n => Header + string.Concat(Enumerable.Repeat("a\n", n))));
        yield return new TestCaseData("one paragraph broken at hyphens", (Func<int, string>)(n => Header + string.Concat(Enumerable.Repeat("x-\n", n))));
        yield return new TestCaseData("captions written twice", (Func<int, string>)(n => Header + string.Concat(Enumerable.Range(0, n / 4)
            .Select(i => $"Caption {i} (Fars, March 5)\n\nCaption {i} (Fars, March 5)\n\n"))));
        yield return new TestCaseData("paragraphs without glyphs one line apart", (Func<int, string>)(n => Header + string.Concat(Enumerable.Range(0, n / 2)
            .Select(i => $"Report {i} said that a road was reopened (SANA, March 6).\n"))));
        yield return new TestCaseData("footnotes and page lines", (Func<int, string>)(n => Header + string.Concat(Enumerable.Range(0, n / 4)
            .Select(i => $"• Point {i} (Fars, March 5).\n045-17      {i % 99}\n\n1 A note on the figures.\n\n"))));
        yield return new TestCaseData("a repeated running header", (Func<int, string>)(n => Header + string.Concat(Enumerable.Range(0, n / 4)
            .Select(i => $"• Point {i} (Fars, March 5).\n\nSpotlight on Iran – March 2019\n\n"))));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Four_times_the_input_takes_at_most_five_times_as_long(string shape, Func<int, string> make)
    {
        const int lines = 20_000;
        double small = BestOfThree(Encoding.UTF8.GetBytes(make(lines)));
        double large = BestOfThree(Encoding.UTF8.GetBytes(make(lines * 4)));
        // A floor of 20 ms keeps timer noise on tiny runs from passing for growth.
        Assert.That(large, Is.LessThanOrEqualTo(5 * Math.Max(small, 20)), $"{shape}: {small:F0} ms at 1×, {large:F0} ms at 4×");
    }

    private static double BestOfThree(byte[] bytes)
    {
        double best = double.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            ReportPipeline.Parse(bytes, "growth.txt", new PlainTextReader());
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
