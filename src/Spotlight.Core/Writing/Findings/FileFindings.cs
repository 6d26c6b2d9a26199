using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>The findings of validation for one input, named as it was given, in line order.</summary>
public sealed record FileFindings(string Path, IReadOnlyCollection<Diagnostic> Diagnostics);
