namespace Spotlight.Fuzz;

/// <summary>
/// One fuzzing target: what the bytes of one input are fed to, and what of it counts as a crash. A documented
/// answer to bad bytes returns; any other exception escapes, and the fuzzer records it as a crash.
/// </summary>
/// <remarks>
/// Build it inside the fuzzing callback: instrumented code that runs before SharpFuzz has set up its
/// shared memory (a static constructor here, say) crashes the fork server.
/// </remarks>
public abstract class Target
{
    /// <summary>The first argument of spotlight-fuzz, and the folder of a target's findings under Data/fuzz/.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "html", "pdf", "yaml", "list", "pdf-struct"];

    public static Target For(string name) => name switch
    {
        "text" or "html" or "pdf" => new ReaderTarget(name),
        "yaml" => new YamlTarget(),
        "list" => new ListTarget(),
        "pdf-struct" => new PdfStructTarget(),
        _ => throw new ArgumentException($"unknown target '{name}'", nameof(name)),
    };

    public abstract void Run(byte[] bytes);
}
