namespace Spotlight.Model;

/// <summary>The stable identity of a kind of finding: its ID, default severity and message.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Message)
{
    public Diagnostic At(int? line, int? column = null, string? itemId = null, string? detail = null) =>
        new(Code, Severity, detail is null ? Message : $"{Message}: {detail}", line, column, itemId);
}
