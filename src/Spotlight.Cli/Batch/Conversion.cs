using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Model;

namespace Spotlight.Cli.Batch;

/// <summary>What became of one input: its tree (unless already written to its own file), or the reason it failed.</summary>
/// <param name="Rendered">The report already rendered by the worker, for formats whose reports stand alone.</param>
/// <param name="Kept">
/// Under --output-dir, the output that was there already and was left as it is: skipped (under --skip-existing, with no
/// error) or refused (with the error that names it).
/// </param>
/// <param name="Parts">A large report to be written in parts, each section built as it is written, instead of its tree.</param>
/// <param name="Listed">Under --output-dir with HTML pages, the line of the folder's index for the page written.</param>
internal sealed record Conversion(InputSpec Input, ReportTree? Tree, string? Error, long Bytes, PooledBuffer? Rendered = null, string? Kept = null,
    Spotlight.Writing.Html.PageListing? Listed = null, ReportStream? Parts = null)
{
    public bool Succeeded => Error is null;

    public bool Skipped => Succeeded && Kept is not null;
}
