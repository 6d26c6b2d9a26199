using Spotlight.Extraction;
using Spotlight.Writing;

namespace Spotlight.Cli.Batch;

/// <summary>Everything <c>spotlight parse</c> was asked to do, read from the command line.</summary>
internal sealed record ParseSettings(
    IReadOnlyList<string> Files,
    bool Recursive,
    string? From,
    string? Output,
    string? OutputDirectory,
    bool Force,
    IReportWriter Writer,
    OutletTable Outlets,
    string? OutletsPath,
    int Jobs,
    long MaxBytes,
    bool FailFast,
    bool Quiet,
    bool NoProgress);
