using System.Collections.Immutable;
using static Spotlight.Model.DiagnosticSeverity;

namespace Spotlight.Model;

/// <summary>
/// Every kind of finding spotlight reports, one entry each, and the only place where a code is written. It lives in
/// the model because both passes take their descriptors from it: the parse (readers, structure parser, extractors)
/// and the rules of validate; the docs' tables, SARIF's <c>tool.driver.rules</c> and the names a configuration may
/// use all come from here.
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

    public static readonly DiagnosticDescriptor PeriodTooLong = Rule("SPT007", "period-too-long", Warning, "period lasts more than 31 days",
        "Reports of the series cover one or two weeks. A longer period is usually a typing mistake in a month or a year.");

    public static readonly DiagnosticDescriptor NoSource = Rule("SPT008", "no-source", Warning, "item cites no source",
        "Every item of a section cites where its news comes from, in parentheses or in the text (`al-Alam reported (November 10)`). Summary items restate the sections and are not checked.");

    public static readonly DiagnosticDescriptor EmptySection = Rule("SPT009", "empty-section", Warning, "section has no items",
        "A heading with nothing under it: items were lost, or a line was taken for a heading.");

    public static readonly DiagnosticDescriptor UnknownHeading = Rule("SPT010", "unknown-heading", Info, "unknown section heading",
        "A heading the section table does not know; it was recognised by its shape and given an id made from its words. Add it to the table if it should have a stable id.");

    public static readonly DiagnosticDescriptor DuplicateHeading = Rule("SPT011", "duplicate-heading", Warning, "heading appears twice",
        "The same heading written twice, as when two versions of a section were pasted in.");

    public static readonly DiagnosticDescriptor MixedBullets = Rule("SPT012", "mixed-bullets", Info, "bullet glyphs are mixed",
        "One report, one bullet glyph: mixed glyphs show text pasted from elsewhere.");

    public static readonly DiagnosticDescriptor CutOffItem = Rule("SPT013", "cut-off-item", Warning, "item looks cut off",
        "The last item of a section stops without closing punctuation: the rest of it was lost at a page break or in editing.");

    public static readonly DiagnosticDescriptor PageBreakLeft = Rule("SPT014", "page-break-left", Warning, "text looks like an unrepaired page break",
        "An item that opens in lower case, or a word split by a hyphen and a space, is the trace of a page break the text converter did not repair.");

    public static readonly DiagnosticDescriptor MalformedCitation = Rule("SPT015", "malformed-citation", Warning, "malformed citation",
        "A citation reads `(Source, Month Day)` or `(Source, Month Day, Year)`. Flagged: no comma between source and date, a misspelt month, a day no calendar has, a date with no source before it, parentheses that do not pair up.");

    public static readonly DiagnosticDescriptor DateOutsidePeriod = Rule("SPT016", "date-outside-period", Warning, "cited date lies outside the report's period",
        "A source cited with a date after the period's end, or more than a year before its start: usually a wrong month or year.");

    public static readonly DiagnosticDescriptor UnknownOutlet = Rule("SPT017", "unknown-outlet", Info, "outlet not in the outlet table",
        "A source the outlet table does not know, so its `outlet` is null. Add it with `--outlets FILE.yml` or to the built-in table. Social-media accounts and websites are not reported.");

    public static readonly DiagnosticDescriptor EncodingDamage = Parse("SPT018", "encoding-damage", Error, "text is damaged by a wrong encoding",
        "Bytes that are not valid UTF-8 or UTF-16 (kept as U+FFFD, the first named), the replacement character U+FFFD in the text, or UTF-8 read as Windows-1252 (`â€™` for `’`, `Ã©` for `é`): the text was damaged before it reached spotlight.");

    public static readonly DiagnosticDescriptor ControlCharacter = Rule("SPT019", "control-character", Warning, "control character in the text",
        "Control characters other than tab (form feeds, NULs, C1 codes) left by converters.");

    public static readonly DiagnosticDescriptor YearFromText = Parse("SPT020", "year-from-text", Info, "no report period",
        "With no period to take the year from, dates without a year are read in the latest year written in the report; the message names it.");

    public static readonly DiagnosticDescriptor NoYear = Parse("SPT021", "no-year", Warning, "no report period and no year written: dates without a year are left out",
        "With no period and no year written anywhere, a date without a year cannot be placed, so it is left out of the tree.");

    public static readonly DiagnosticDescriptor EmptyCitationSource = Parse("SPT022", "citation-without-source", Warning, "citation gives a date but no source",
        "A citation that gives a date with nothing before it, as in `(, May 28, 2017)`: the date is kept, with no source to go with it.");

    public static readonly DiagnosticDescriptor DuplicateItem = Rule("SPT023", "duplicate-item", Warning, "item appears twice",
        "The same item written twice in the sections, as when text is pasted twice.");

    public static readonly DiagnosticDescriptor ReadAsWindows1252 = Parse("SPT024", "not-utf-8", Warning, "not UTF-8: read as Windows-1252",
        "Bytes with no UTF-8 sequence in them are read as Windows-1252, what older Windows editors save (`’` saved as 0x92); the first byte that is not UTF-8 is named. An HTML page that declares a single-byte charset is read as that, without this warning.");

    public static readonly DiagnosticDescriptor NestingFlattened = Parse("SPT025", "deep-html-nesting", Warning, "HTML nested too deeply: tags below the limit are ignored",
        "An HTML page nested more than 512 elements deep has the deeper tags ignored and their text kept.");

    public static readonly DiagnosticDescriptor FurnitureInParagraph = Rule("SPT026", "furniture-in-paragraph", Warning, "page furniture inside a paragraph",
        "A page number, a running header or a line of document number and page number stands between two lines of one paragraph, where a page break fell. The parser sets the line aside as furniture (`report.furniture`) and joins the paragraph; the report itself should not carry it.");

    public static readonly DiagnosticDescriptor RepeatedCaption = Rule("SPT027", "repeated-caption", Warning, "caption written more than twice",
        "A caption is written three times or more. A web copy writes each caption twice (the image's alternative text, then the caption), which is read as one figure; more copies are an editing slip. The figure is still one figure.");

    /// <summary>Every descriptor, in ID order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        .. new[]
        {
            NoTitle, NoPeriod, PeriodEndsBeforeStart, NoAuthor, NoSummary, NoSections, PeriodTooLong, NoSource, EmptySection,
            UnknownHeading, DuplicateHeading, MixedBullets, CutOffItem, PageBreakLeft, MalformedCitation, DateOutsidePeriod,
            UnknownOutlet, EncodingDamage, ControlCharacter, YearFromText, NoYear, EmptyCitationSource, DuplicateItem,
            ReadAsWindows1252, NestingFlattened, FurnitureInParagraph, RepeatedCaption,
        }.OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    private static readonly Dictionary<string, DiagnosticDescriptor> ByCodeOrName =
        All.SelectMany(d => new[] { (d.Code, d), (d.Name, d) }).ToDictionary(p => p.Item1, p => p.d, StringComparer.OrdinalIgnoreCase);

    /// <summary>The descriptor an ID ("SPT016") or a name ("date-outside-period") stands for, in any case.</summary>
    public static bool TryFind(string codeOrName, out DiagnosticDescriptor descriptor) =>
        ByCodeOrName.TryGetValue(codeOrName, out descriptor!);

    private static DiagnosticDescriptor Parse(string code, string name, DiagnosticSeverity severity, string message, string help) =>
        new(code, name, severity, message, help, DiagnosticProducer.Parse);

    private static DiagnosticDescriptor Rule(string code, string name, DiagnosticSeverity severity, string message, string help) =>
        new(code, name, severity, message, help, DiagnosticProducer.Rule);
}
