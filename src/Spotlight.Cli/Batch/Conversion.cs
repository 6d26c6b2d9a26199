using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Model;

namespace Spotlight.Cli.Batch;

/// <summary>What became of one input: its tree (unless already written to its own file), or the reason it failed.</summary>
/// <param name="Rendered">The report already rendered by the worker, for formats whose reports stand alone.</param>
internal sealed record Conversion(InputSpec Input, ReportTree? Tree, string? Error, long Bytes, PooledBuffer? Rendered = null)
{
    public bool Succeeded => Error is null;
}
