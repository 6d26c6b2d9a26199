namespace Spotlight.Diagnostics;

/// <summary>
/// The stable identity of a kind of finding: its ID, a kebab-case name (what configuration files, SARIF and the docs
/// call it as well), default severity, message and a sentence or two of help. Where it is declared says which pass
/// finds it: <see cref="DiagnosticRegistry"/> for the parse, a rule's row in <c>RuleSet</c> (Validation) for a
/// rule of validate.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Name,
    DiagnosticSeverity Severity,
    string Message,
    string Help)
{
    public Diagnostic At(int? line, int? column = null, string? itemId = null, string? detail = null) =>
        new(Code, Severity, detail is null ? Message : $"{Message}: {detail}", line, column, itemId);
}
