using Spotlight.Parsing;
using Spotlight.Vocabulary;
using Spotlight.Writing.Findings;

namespace Spotlight.Cli.Batch;

/// <summary>What <c>spotlight validate</c> was asked to do.</summary>
internal sealed record ValidateSettings(
    IReadOnlyList<string> Files, bool Recursive, string? From, long MaxBytes, int Jobs, string? ConfigPath,
    IFindingsWriter Writer, string? Output, bool Strict, int? MaxWarnings, bool Quiet, ProfileChoice Profiles);
