using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>The findings of validation for one input, named as it was given.</summary>
public sealed record FileFindings(string Path, ImmutableArray<Diagnostic> Diagnostics);
