using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Spotlight.Benchmarks;

/// <summary>
/// <c>corpus --count N --seed S --out DIR</c> writes a generated corpus (see throughput.sh);
/// <c>pathological</c> times the hostile inputs and text shapes of the tests at one size and four times it;
/// anything else is handed to BenchmarkDotNet (<c>--filter '*'</c>, <c>--job short</c>, <c>--list flat</c>, …).
/// Results go to bin/…/BenchmarkDotNet.Artifacts unless <c>--artifacts DIR</c> says otherwise.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
            return CorpusCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "pathological")
            return PathologicalCommand.Run(args[1..]);
        if (args.Length > 0 && args[0] == "pathological-run")
            return PathologicalCommand.RunOne(args[1..]);

        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
