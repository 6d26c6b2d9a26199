using System.Diagnostics;
using System.Text;
using Spotlight.Reading;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// Shapes of text repeated many times (the layouts the layout pass decides, and the shapes found to be quadratic
/// before): at four times the size each allocates at most five times the memory, and takes at most ten times as
/// long (best of five runs; a quadratic path takes sixteen), so a path whose cost grows with the square of the
/// input fails here. Allocations are counted exactly; time is the machine's, so its bound is the generous one.
/// </summary>
public sealed class GrowthTests
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
        yield return new TestCaseData("a heading repeated", (Func<int, string>)(n => Header + string.Concat(Enumerable.Repeat(
            "Iranian Involvement in Syria\n\n• A point (Fars, March 5).\n\n", n / 4))));
        yield return new TestCaseData("an item continued after many page breaks", (Func<int, string>)(n => Header + "• Start of a point\n\n"
            + string.Concat(Enumerable.Repeat("and it goes on\n\n", n / 2))));
        yield return new TestCaseData("lines of a table", (Func<int, string>)(n => string.Concat(Enumerable.Range(0, n)
            .Select(i => $"{i},name {i},{i * 3.5},Tehran,\"quoted, field\",2021-11-{i % 28 + 1:00}\n"))));
        yield return new TestCaseData("a repeated running header", (Func<int, string>)(n => Header + string.Concat(Enumerable.Range(0, n / 4)
            .Select(i => $"• Point {i} (Fars, March 5).\n\nSpotlight on Iran – March 2019\n\n"))));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Four_times_the_input_costs_at_most_five_times_as_much(string shape, Func<int, string> make)
    {
        const int lines = 20_000;
        Check(shape, Encoding.UTF8.GetBytes(make(lines)), Encoding.UTF8.GetBytes(make(lines * 4)), new PlainTextReader());
    }

    [Test]
    public void A_web_paragraph_of_many_line_breaks()
    {
        static byte[] Page(int n) => Encoding.UTF8.GetBytes("<html><body><article><p>" + string.Concat(Enumerable.Repeat("<br>x", n)) + "</p></article></body></html>");
        Check("a web paragraph of many line breaks", Page(25_000), Page(100_000), new HtmlReportReader());
    }

    private static void Check(string shape, byte[] small, byte[] large, IReportReader reader)
    {
        var (smallTime, smallBytes) = Measure(small, reader);
        var (largeTime, largeBytes) = Measure(large, reader);
        Assert.Multiple(() =>
        {
            Assert.That(largeBytes, Is.LessThanOrEqualTo(5 * smallBytes), $"{shape}: {smallBytes:N0} bytes allocated at 1×, {largeBytes:N0} at 4×");
            // A floor of 20 ms keeps timer noise on tiny runs from passing for growth.
            Assert.That(largeTime, Is.LessThanOrEqualTo(10 * Math.Max(smallTime, 20)), $"{shape}: {smallTime:F0} ms at 1×, {largeTime:F0} ms at 4×");
        });
    }

    /// <summary>The best time of five parses, and what one parse allocates.</summary>
    private static (double Milliseconds, long Bytes) Measure(byte[] bytes, IReportReader reader)
    {
        double best = double.MaxValue;
        long allocated = 0;
        for (int run = 0; run < 5; run++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            ReportPipeline.Parse(bytes, "growth", reader);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return (best, allocated);
    }
}
