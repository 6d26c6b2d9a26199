using Spotlight.Parsing;
using Spotlight.Reading;
using Spotlight.Vocabulary;
namespace Spotlight.Tests;
public class ScratchAlloc
{
    [Test, Explicit]
    public void Measure()
    {
        var bytes = File.ReadAllBytes(TestFiles.SeedPath);
        var src = new PlainTextReader().Read(bytes);
        var lines = new List<string>();
        void M(string name, Action a)
        {
            for (int i = 0; i < 200; i++) a();
            long b = GC.GetAllocatedBytesForCurrentThread();
            var sw = System.Diagnostics.Stopwatch.StartNew();
            for (int i = 0; i < 1000; i++) a();
            sw.Stop();
            lines.Add($"{name,-12} {sw.Elapsed.TotalMicroseconds / 1000,7:F1} us {(GC.GetAllocatedBytesForCurrentThread() - b) / 1000 / 1024.0,7:F1} KB");
        }
        var diags = new List<Spotlight.Model.Diagnostic>();
        M("header", () => HeaderParser.Parse(src, SectionTable.Default, new List<Spotlight.Model.Diagnostic>()));
        var header = HeaderParser.Parse(src, SectionTable.Default, diags);
        M("blocks", () => BlockSplitter.Split(src, header.BodyStartLine));
        var blocks = BlockSplitter.Split(src, header.BodyStartLine);
        var joiner = new LineJoiner(src.Text);
        M("classify", () => new BlockClassifier(SectionTable.Default, header.Series, joiner).Classify(blocks).ToList());
        var units = new BlockClassifier(SectionTable.Default, header.Series, joiner).Classify(blocks).ToList();
        M("assemble", () => new SectionAssembler(joiner, src).Assemble(units, new List<Spotlight.Model.Diagnostic>(), header.BodyStartLine));
        M("structure", () => StructureParser.Parse(src));
        File.WriteAllLines("/tmp/alloc.txt", lines);
    }
}
