using System.Collections.Immutable;

namespace Spotlight.Diagnostics;

/// <summary>
/// The findings made while the tree is built, by the names the parse uses for them: by the readers (SPT018 for
/// bytes replaced and text damaged, SPT024–SPT025), the structure parser (SPT001–SPT006) and the extractors
/// (SPT020–SPT022). Each is the registry's descriptor: the registry holds the parse's entries only.
/// </summary>
public static class ParseDiagnostics
{
    public static DiagnosticDescriptor NoTitle => DiagnosticRegistry.NoTitle;

    public static DiagnosticDescriptor NoPeriod => DiagnosticRegistry.NoPeriod;

    public static DiagnosticDescriptor PeriodEndsBeforeStart => DiagnosticRegistry.PeriodEndsBeforeStart;

    public static DiagnosticDescriptor NoAuthor => DiagnosticRegistry.NoAuthor;

    public static DiagnosticDescriptor NoSummary => DiagnosticRegistry.NoSummary;

    public static DiagnosticDescriptor NoSections => DiagnosticRegistry.NoSections;

    public static DiagnosticDescriptor YearFromText => DiagnosticRegistry.YearFromText;

    public static DiagnosticDescriptor NoYear => DiagnosticRegistry.NoYear;

    public static DiagnosticDescriptor EmptyCitationSource => DiagnosticRegistry.EmptyCitationSource;

    public static DiagnosticDescriptor EncodingDamage => DiagnosticRegistry.EncodingDamage;

    public static DiagnosticDescriptor ReadAsWindows1252 => DiagnosticRegistry.ReadAsWindows1252;

    public static DiagnosticDescriptor NestingFlattened => DiagnosticRegistry.NestingFlattened;

    /// <summary>Every descriptor above, in ID order: the registry's entries, all produced by the parse.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => DiagnosticRegistry.All;
}
