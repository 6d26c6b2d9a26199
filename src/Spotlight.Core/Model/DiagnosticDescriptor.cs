namespace Spotlight.Model;

/// <summary>
/// The stable identity of a kind of finding, as <see cref="DiagnosticRegistry"/> defines it: its ID, a kebab-case
/// name (what configuration files, SARIF and the docs call it as well), default severity, message, a sentence or two
/// of help, and the one pass that finds it.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Name,
    DiagnosticSeverity Severity,
    string Message,
    string Help,
    DiagnosticProducer Producer)
{
    public Diagnostic At(int? line, int? column = null, string? itemId = null, string? detail = null) =>
        new(Code, Severity, detail is null ? Message : $"{Message}: {detail}", line, column, itemId);
}
