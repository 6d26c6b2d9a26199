using System.Reflection;

namespace Spotlight.Benchmarks;

/// <summary>
/// The input of the micro-benchmarks: seeds/000_9f7aefc85182d098.txt, embedded in this assembly so that
/// the process BenchmarkDotNet starts finds it wherever it runs.
/// </summary>
internal static class SeedReport
{
    public const string Name = "seeds/000_9f7aefc85182d098.txt";

    private static readonly Lazy<byte[]> Content = new(Load);

    public static byte[] Bytes => Content.Value;

    private static byte[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seed.txt")
            ?? throw new InvalidOperationException("the seed report is not embedded in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
