using Spotlight.Parsing;
using Spotlight.Vocabulary;
using Spotlight.Writing;

namespace Spotlight.Cli.Batch;

/// <summary>Everything <c>spotlight parse</c> was asked to do, read from the command line.</summary>
/// <param name="SkipExisting">Under --output-dir, leave an output that is not older than its input as it is.</param>
/// <param name="Extension">Of the files written under --output-dir: the chosen format's first.</param>
internal sealed record ParseSettings(
    IReadOnlyList<string> Files,
    bool Recursive,
    string? From,
    string? Output,
    string? OutputDirectory,
    bool Force,
    bool SkipExisting,
    IReportWriter Writer,
    string Extension,
    ProfileChoice Profiles,
    string? ProfilePath,
    string? OutletsPath,
    int Jobs,
    long MaxBytes,
    bool FailFast,
    bool Quiet,
    bool NoProgress);
