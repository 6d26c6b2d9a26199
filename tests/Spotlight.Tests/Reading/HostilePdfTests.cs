using System.Diagnostics;
using Spotlight.Reading;

namespace Spotlight.Tests.Reading;

/// <summary>
/// PDFs built to loop or to blow up as PdfPig reads them: each is refused with a one-line reason, quickly and
/// in bounded memory (<see cref="Spotlight.Tests.Cli.Batch.HostilePdfBatchTests"/> runs them in a batch).
/// </summary>
public sealed class HostilePdfTests
{
    // Far above what any refusal takes; only a hang or an unbounded expansion comes near it.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private static readonly PdfReportReader Reader = new();

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("mediabox", "damaged PDF: object 4 0 is a reference to itself").SetName("A self-referencing MediaBox");
        yield return new TestCaseData("resources", "damaged PDF: object 4 0 is a reference to itself").SetName("A self-referencing Resources");
        yield return new TestCaseData("contents", "damaged PDF: object 4 0 is a reference to itself").SetName("A self-referencing Contents");
        yield return new TestCaseData("loop", "damaged PDF: objects 4 0 → 7 0 → 4 0 refer to each other in a loop").SetName("A MediaBox in a loop of two references");
        yield return new TestCaseData("tree", "damaged PDF: the page tree loops (object 2 0 is its own ancestor)").SetName("A page tree that loops");
        yield return new TestCaseData("self-form", "damaged PDF: Form XObject 101 0 draws itself").SetName("A Form XObject that draws itself");
        yield return new TestCaseData("nest-6", "PDF draws more than 1,000,000 glyphs").SetName("Form XObjects 6 deep, each drawn 10 times");
        yield return new TestCaseData("nest-12", "PDF nests Form XObjects more than 8 deep").SetName("Form XObjects 12 deep, each drawn 10 times");
        yield return new TestCaseData("bomb", "PDF decodes to more than 16 MB: stream 6 0").SetName("A FlateDecode stream of 200 MB of zeros");
        yield return new TestCaseData("tj", "PDF draws more than 1,000,000 glyphs").SetName("Six MB of Tj operators");
    }

    internal static byte[] Make(string name) => name switch
    {
        "mediabox" => HostilePdfs.SelfReference("MediaBox"),
        "resources" => HostilePdfs.SelfReference("Resources"),
        "contents" => HostilePdfs.SelfReference("Contents"),
        "loop" => HostilePdfs.ReferenceLoop(),
        "tree" => HostilePdfs.PageTreeLoop(),
        "self-form" => HostilePdfs.SelfDrawingForm(),
        "nest-6" => HostilePdfs.NestedForms(6),
        "nest-12" => HostilePdfs.NestedForms(12),
        "bomb" => HostilePdfs.FlateBomb(200 << 20),
        "tj" => HostilePdfs.ManyTj(400_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Test]
    public void The_scaffolding_itself_reads()
    {
        var text = Reader.Read(HostilePdfs.Plain());
        Assert.That(text.Text, Does.Contain("Hello world"));
    }

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_with_its_reason_in_time(string name, string reason)
    {
        byte[] bytes = Make(name);
        Exception? thrown = null;
        var clock = Stopwatch.StartNew();
        var run = Task.Run(() =>
        {
            try { Reader.Read(bytes); }
            catch (Exception e) { thrown = e; }
        });
        Assert.That(run.Wait(Bound), Is.True, $"{name} not refused within {Bound.TotalSeconds} s");
        TestContext.Out.WriteLine($"{name}: {bytes.Length:N0} bytes, {clock.Elapsed.TotalSeconds:F2} s: {thrown?.Message}");
        Assert.That(thrown, Is.TypeOf<ReportReadException>().With.Message.StartsWith(reason));
    }
}
