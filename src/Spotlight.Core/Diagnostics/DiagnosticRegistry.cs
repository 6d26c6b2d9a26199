using System.Collections.Immutable;
using static Spotlight.Diagnostics.DiagnosticSeverity;

namespace Spotlight.Diagnostics;

/// <summary>
/// The kinds of finding the parse reports (readers, structure parser, extractors), one entry each. It lives in the
/// model because the parse takes its descriptors from here. A rule's entry is not here: it is declared on the rule's
/// row in <c>RuleSet.All</c> (Validation), and <c>DiagnosticCatalog.All</c> (Validation) joins both into
/// the complete list the docs' tables, SARIF's <c>tool.driver.rules</c> and configuration names come from. This file
/// and RuleSet.cs are the only places where a code is written.
/// </summary>
public static class DiagnosticRegistry
{
    public static readonly DiagnosticDescriptor NoTitle = Parse("SPT001", "no-title", Error, "no title line",
        "The first line of a report names its series (\"Spotlight on Iran\"). Without it, the tree has no `series` and archives cannot tell reports apart.");

    public static readonly DiagnosticDescriptor NoPeriod = Parse("SPT002", "no-period", Error, "no report period found",
        "The header gives the days the report covers. A period that is missing, or written so that it does not parse (a misspelt month), leaves every date without a year to guess at.");

    public static readonly DiagnosticDescriptor PeriodEndsBeforeStart = Parse("SPT003", "period-reversed", Warning, "period ends before it starts",
        "The period is kept as written, but its end comes before its start: usually two dates swapped.");

    public static readonly DiagnosticDescriptor NoAuthor = Parse("SPT004", "no-author", Warning, "no author line",
        "Every report names its author or editor (`Author:`, `Editor:`, `By`).");

    public static readonly DiagnosticDescriptor NoSummary = Parse("SPT005", "no-summary", Warning, "no summary block",
        "A report opens with a summary (labelled or not) before its first section.");

    public static readonly DiagnosticDescriptor NoSections = Parse("SPT006", "no-sections", Warning, "no section headings found",
        "After the summary come sections, one per arena or topic. A report with none was probably cut, or its headings were lost.");

    public static readonly DiagnosticDescriptor EncodingDamage = Parse("SPT018", "encoding-damage", Error, "text is damaged by a wrong encoding",
        "Bytes that are not valid UTF-8 or UTF-16 (kept as U+FFFD, the first named), the replacement character U+FFFD in the text, or UTF-8 read as Windows-1252 (`â€™` for `’`, `Ã©` for `é`): the text was damaged before it reached spotlight.");

    public static readonly DiagnosticDescriptor YearFromText = Parse("SPT020", "year-from-text", Info, "no report period",
        "With no period to take the year from, dates without a year are read in the latest year written in the report; the message names it.");

    public static readonly DiagnosticDescriptor NoYear = Parse("SPT021", "no-year", Warning, "no report period and no year written: dates without a year are left out",
        "With no period and no year written anywhere, a date without a year cannot be placed, so it is left out of the tree.");

    public static readonly DiagnosticDescriptor EmptyCitationSource = Parse("SPT022", "citation-without-source", Warning, "citation gives a date but no source",
        "A citation that gives a date with nothing before it, as in `(, May 28, 2017)`: the date is kept, with no source to go with it.");

    public static readonly DiagnosticDescriptor ReadAsWindows1252 = Parse("SPT024", "not-utf-8", Warning, "not UTF-8: read as Windows-1252",
        "Bytes with no UTF-8 sequence in them are read as Windows-1252, what older Windows editors save (`’` saved as 0x92); the first byte that is not UTF-8 is named. An HTML page that declares a single-byte charset is read as that, without this warning.");

    public static readonly DiagnosticDescriptor NestingFlattened = Parse("SPT025", "deep-html-nesting", Warning, "HTML nested too deeply: tags below the limit are ignored",
        "An HTML page nested more than 512 elements deep has the deeper tags ignored and their text kept.");

    /// <summary>Every descriptor above, in ID order: the codes the parse produces.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        NoTitle, NoPeriod, PeriodEndsBeforeStart, NoAuthor, NoSummary, NoSections, EncodingDamage, YearFromText, NoYear,
        EmptyCitationSource, ReadAsWindows1252, NestingFlattened,
    ];

    private static DiagnosticDescriptor Parse(string code, string name, DiagnosticSeverity severity, string message, string help) =>
        new(code, name, severity, message, help);
}
