using SharpFuzz;
using Spotlight.Fuzz;

// spotlight-fuzz READER            run under afl-fuzz (input on stdin, forkserver through SharpFuzz)
// spotlight-fuzz READER --libfuzzer run under libfuzzer-dotnet
// spotlight-fuzz READER FILE...    replay: run the target on each file, print what it threw
//                                  (from an uninstrumented build: dotnet run --project tests/Spotlight.Fuzz)
string[] readers = ["text", "html", "pdf"];
if (args.Length == 0 || !readers.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: spotlight-fuzz {{{string.Join('|', readers)}}} [FILE...]");
    return 2;
}

// Built on the first input, inside the fuzzer's callback (see Target).
Target? target = null;
void Fuzz(byte[] bytes) => (target ??= new Target(args[0])).Run(bytes);

if (args is [_, "--libfuzzer"])
{
    Fuzzer.LibFuzzer.Run(bytes => Fuzz(bytes.ToArray()));
    return 0;
}

if (args.Length > 1)
{
    var replay = new Target(args[0]);
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
