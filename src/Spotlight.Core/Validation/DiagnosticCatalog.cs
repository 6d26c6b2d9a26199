using Spotlight.Diagnostics;
using System.Collections.Immutable;
using Spotlight.Model;

namespace Spotlight.Validation;

/// <summary>
/// Every kind of finding spotlight reports, in ID order: the parse's entries (<see cref="DiagnosticRegistry"/>) and
/// the rules' (<see cref="RuleSet.All"/>). The docs' tables, SARIF's <c>tool.driver.rules</c> and the names a
/// configuration may use all come from here.
/// </summary>
public static class DiagnosticCatalog
{
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        .. DiagnosticRegistry.All.Concat(RuleSet.All.Select(rule => rule.Descriptor)).OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCodeOrName =
        All.SelectMany(d => new[] { (d.Code, d), (d.Name, d) }).ToDictionary(p => p.Item1, p => p.d, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor an ID ("SPT016") or a name ("date-outside-period") stands for, in any case.</summary>
    public static bool TryFind(string codeOrName, out DiagnosticDescriptor descriptor) =>
        ByCodeOrName.TryGetValue(codeOrName, out descriptor!);

    /// <summary>Whether the parse produces the findings of this entry (rather than a rule of validate).</summary>
    public static bool IsFromParse(DiagnosticDescriptor descriptor) => DiagnosticRegistry.All.Contains(descriptor);
}
