using Spotlight.Diagnostics;
using Spotlight.Model;

namespace Spotlight.Writing.Findings;

/// <summary>One format validation findings are written in: a row of <see cref="FindingsWriters.All"/>.</summary>
/// <param name="Name">The name <c>validate --format</c> takes.</param>
/// <param name="Extensions">With the dot; <c>-o</c> with one of these chooses the format. None: chosen by name only.</param>
/// <param name="Create">Makes the writer, given the tool's version and every kind of finding it reports, in ID order
/// (a SARIF log names both).</param>
public sealed record FindingsFormat(string Name, IReadOnlyList<string> Extensions,
    Func<string, IReadOnlyList<DiagnosticDescriptor>, IFindingsWriter> Create) : IFileFormat
{
    public IReadOnlyList<string> SharedExtensions { get; init; } = [];
}
