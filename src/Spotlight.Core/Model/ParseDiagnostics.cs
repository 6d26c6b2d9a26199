namespace Spotlight.Model;

/// <summary>
/// Findings reported while the tree is built: by the readers (SPT018 for bytes replaced, SPT024–SPT025),
/// the structure parser (SPT001–SPT006) and the extractors (SPT020–SPT022).
/// </summary>
public static class ParseDiagnostics
{
    public static readonly DiagnosticDescriptor NoTitle =
        new("SPT001", DiagnosticSeverity.Error, "no title line");

    public static readonly DiagnosticDescriptor NoPeriod =
        new("SPT002", DiagnosticSeverity.Error, "no report period found");

    public static readonly DiagnosticDescriptor PeriodEndsBeforeStart =
        new("SPT003", DiagnosticSeverity.Warning, "period ends before it starts");

    public static readonly DiagnosticDescriptor NoAuthor =
        new("SPT004", DiagnosticSeverity.Warning, "no author line");

    public static readonly DiagnosticDescriptor NoSummary =
        new("SPT005", DiagnosticSeverity.Warning, "no summary block");

    public static readonly DiagnosticDescriptor NoSections =
        new("SPT006", DiagnosticSeverity.Warning, "no section headings found");

    public static readonly DiagnosticDescriptor YearFromText =
        new("SPT020", DiagnosticSeverity.Info, "no report period");

    public static readonly DiagnosticDescriptor NoYear =
        new("SPT021", DiagnosticSeverity.Warning, "no report period and no year written: dates without a year are left out");

    public static readonly DiagnosticDescriptor EmptyCitationSource =
        new("SPT022", DiagnosticSeverity.Warning, "citation gives a date but no source");

    public static readonly DiagnosticDescriptor EncodingDamage =
        new("SPT018", DiagnosticSeverity.Error, "text is damaged by a wrong encoding");

    public static readonly DiagnosticDescriptor ReadAsWindows1252 =
        new("SPT024", DiagnosticSeverity.Warning, "not UTF-8: read as Windows-1252");

    public static readonly DiagnosticDescriptor NestingFlattened =
        new("SPT025", DiagnosticSeverity.Warning, "HTML nested too deeply: tags below the limit are ignored");
}
