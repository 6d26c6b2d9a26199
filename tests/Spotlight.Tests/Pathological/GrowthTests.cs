using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Validation;

namespace Spotlight.Tests.Pathological;

/// <summary>
/// Growth, not ceilings: every shape of <see cref="TextShapes"/> (the layouts the layout pass decides, and the shapes
/// found to be quadratic before) and of <see cref="PathologicalInputs"/> (one endless line, a flood of bullets, runs of
/// parentheses and month names, HTML nested ten thousand deep, a PDF claiming 100,000 pages) is parsed, and parsed
/// and validated, at one size and at four times it. The larger may allocate at most five times as much (a linear path allocates four times,
/// a quadratic one sixteen; allocations are counted exactly, so this bound is tight) and take at most eight times the
/// processor time (a linear path takes four to six here, the collector and the caches working harder on a larger
/// heap; a quadratic one sixteen). These are what back the README's "linear in the input".
/// </summary>
/// <remarks>
/// The 1× size is found by doubling until a parse takes tens of milliseconds, so timer noise is small beside it;
/// both sizes are warmed up, then parsed in turn seven times, and the fastest of each compared (noise only ever
/// adds time). A quadratic path is over the bound every time; a burst of load on the machine hardly three times
/// running, so the measure is taken up to three times before the test fails.
/// </remarks>
public sealed class GrowthTests
{
    private const double MemoryRatio = 5;
    private const double TimeRatio = 8;
    private const int Runs = 7;
    private const int Tries = 3;
    private const double EnoughMilliseconds = 40;

    public static IEnumerable<TestCaseData> Shapes() =>
        TextShapes.All.Concat(PathologicalInputs.All).Select(shape => new TestCaseData(shape).SetArgDisplayNames(shape.Name));

    [TestCaseSource(nameof(Shapes))]
    public void Four_times_the_input_allocates_at_most_five_times_as_much_and_takes_at_most_eight_times_as_long(PathologicalInput shape)
    {
        var reader = ReportReaders.ForName(shape.Reader);
        AssertLinear(shape, bytes => Parse(bytes, reader));
    }

    /// <summary>The rules too: each looks at the whole report, and one that looked again for every node or line was quadratic.</summary>
    [TestCaseSource(nameof(Shapes))]
    public void Validating_four_times_the_input_allocates_at_most_five_times_as_much_and_takes_at_most_eight_times_as_long(PathologicalInput shape)
    {
        var reader = ReportReaders.ForName(shape.Reader);
        AssertLinear(shape, bytes => RunCost.Of(() =>
            Validator.Validate(ReportPipeline.ParseWithSource(bytes, "growth", reader, ProfileChoice.BuiltIn), ValidationConfig.Default)));
    }

    /// <summary>
    /// A flat page tree of empty pages, 1 MiB (21,800 pages) and four times it: what the PDF's pre-scan walks, with little
    /// else to read. Inside a whole read, PdfPig's own time hid a walk that compared the tree's root, a /Kids of every
    /// page, by its text each time it came back to it (×15 the time at four times the pages). Smaller, the collector's
    /// work on the scan's many small objects outweighs the scan's own.
    /// </summary>
    private static readonly PathologicalInput FlatPageTree = new("a flat page tree", "pdf", size =>
    {
        int pages = Math.Max(1, size / 48);
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            $"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, pages).Select(p => $"{3 + p} 0 R"))}] /Count {pages} >>",
        };
        objects.AddRange(Enumerable.Repeat("<< /Type /Page /Parent 2 0 R >>", pages));
        return PathologicalInputs.Pdf(objects);
    }, SmallestOneTimes: PathologicalInputs.MiB, LargestOneTimes: PathologicalInputs.MiB);

    [Test]
    public void Pre_scanning_a_PDF_of_four_times_the_pages_takes_at_most_eight_times_as_long() =>
        AssertLinear(FlatPageTree, bytes => RunCost.Of(() => PdfPreScan.Check(bytes)));

    private static void AssertLinear(PathologicalInput shape, Func<byte[], (double Milliseconds, long Bytes)> run)
    {
        int size = OneTimesSize(shape, run);
        byte[] small = shape.Make(size), large = shape.Make(4 * size);
        Assert.That(large.Length, Is.InRange(3.5 * small.Length, 4.5 * small.Length), "the larger input is four times the smaller");
        run(small);
        run(large);
        var tries = new List<Growth>();
        do
            tries.Add(Measure(shape.Name, small, large, run));
        while (tries.Count < Tries && (tries[^1].Time > TimeRatio || tries[^1].Memory > MemoryRatio));
        foreach (var growth in tries)
            TestContext.Out.WriteLine(growth.Measured);
        var last = tries[^1];
        Assert.Multiple(() =>
        {
            Assert.That(last.Memory, Is.LessThanOrEqualTo(MemoryRatio), last.Measured);
            Assert.That(last.Time, Is.LessThanOrEqualTo(TimeRatio), string.Join("\n", tries.Select(t => t.Measured)));
        });
    }

    private sealed record Growth(double Time, double Memory, string Measured);

    /// <summary>The two sizes run in turn: the ratio of their fastest times (and of the medians, for the record), and of their allocations.</summary>
    private static Growth Measure(string name, byte[] small, byte[] large, Func<byte[], (double Milliseconds, long Bytes)> run)
    {
        var smallTimes = new List<double>();
        var largeTimes = new List<double>();
        long smallBytes = long.MaxValue, largeBytes = long.MaxValue;
        for (int i = 0; i < Runs; i++)
        {
            var (ms, bytes) = run(small);
            smallTimes.Add(ms);
            smallBytes = Math.Min(smallBytes, bytes);
            (ms, bytes) = run(large);
            largeTimes.Add(ms);
            largeBytes = Math.Min(largeBytes, bytes);
        }
        double smallTime = smallTimes.Min(), largeTime = largeTimes.Min();
        double medianRatio = Median(largeTimes) / Median(smallTimes);
        return new Growth(largeTime / smallTime, (double)largeBytes / smallBytes,
            $"{name}: 1× {small.Length:N0} bytes in {smallTime:F1} ms ({smallBytes:N0} allocated), "
            + $"4× {large.Length:N0} bytes in {largeTime:F1} ms ({largeBytes:N0} allocated): ×{largeTime / smallTime:F2} time (medians ×{medianRatio:F2}), ×{(double)largeBytes / smallBytes:F2} memory");
    }

    /// <summary>The size, doubled from the shape's smallest, at which one run takes tens of milliseconds (or the shape's largest).</summary>
    private static int OneTimesSize(PathologicalInput shape, Func<byte[], (double Milliseconds, long Bytes)> run)
    {
        int size = shape.SmallestOneTimes;
        run(shape.Make(size)); // the first run compiles the code
        while (size < shape.LargestOneTimes && Median([run(shape.Make(size)).Milliseconds, run(shape.Make(size)).Milliseconds, run(shape.Make(size)).Milliseconds]) < EnoughMilliseconds)
            size *= 2;
        return size;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static (double Milliseconds, long Bytes) Parse(byte[] bytes, IReportReader reader) =>
        RunCost.Of(() => ReportPipeline.Parse(bytes, "growth", reader));
}
