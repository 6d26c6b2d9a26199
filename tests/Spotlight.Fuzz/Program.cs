using SharpFuzz;
using Spotlight.Fuzz;

// spotlight-fuzz TARGET                      run under afl-fuzz (input on stdin, forkserver through SharpFuzz)
// spotlight-fuzz TARGET --libfuzzer          run under libfuzzer-dotnet
// spotlight-fuzz TARGET FILE...              replay: run the target on each file, print what it threw
//                                            (from an uninstrumented build: dotnet run --project tests/Spotlight.Fuzz)
// spotlight-fuzz pdf-struct --pdf RECIPE OUT write the PDF a recipe makes, to keep it for the pdf reader too
if (args.Length == 0 || !Target.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: spotlight-fuzz {{{string.Join('|', Target.Names)}}} [FILE...]");
    return 2;
}

// Built on the first input, inside the fuzzer's callback (see Target).
Target? target = null;
void Fuzz(byte[] bytes) => (target ??= Target.For(args[0])).Run(bytes);

if (args is [_, "--libfuzzer"])
{
    Fuzzer.LibFuzzer.Run(bytes => Fuzz(bytes.ToArray()));
    return 0;
}

if (args is ["pdf-struct", "--pdf", var recipe, var output])
{
    File.WriteAllBytes(output, PdfStructTarget.Pdf(File.ReadAllBytes(recipe)));
    return 0;
}

if (args.Length > 1)
{
    var replay = Target.For(args[0]);
    int failed = 0;
    foreach (var file in args.Skip(1))
    {
        try
        {
            replay.Run(File.ReadAllBytes(file));
            Console.WriteLine($"{file}: ok");
        }
        catch (Exception e)
        {
            failed++;
            var frame = new System.Diagnostics.StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Spotlight") == true);
            Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message} at {frame?.GetMethod()?.DeclaringType?.Name}.{frame?.GetMethod()?.Name}");
        }
    }
    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    Fuzz(buffer.ToArray());
});
return 0;
