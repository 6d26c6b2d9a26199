using Spotlight.Diagnostics;
using Spotlight.Model;
using Spotlight.Validation.Rules;
using static Spotlight.Diagnostics.DiagnosticSeverity;

namespace Spotlight.Validation;

/// <summary>
/// Every rule spotlight knows, one row each in ID order: the rule's entry (ID, kebab-case name, default severity,
/// message, help) declared beside the rule that produces it, and the only place where a rule's code is written.
/// Validation runs them all unless configured off. What the parse finds (SPT001–SPT006, SPT018, …) has no row here:
/// its entries are in <see cref="DiagnosticRegistry"/>, and validate reports them from the tree's diagnostics;
/// <see cref="DiagnosticCatalog.All"/> joins both.
/// </summary>
public static class RuleSet
{
    public static IReadOnlyList<Rule> All { get; } =
    [
        Row("SPT007", "period-too-long", Warning, "period lasts more than 31 days",
            "Reports of the series cover one or two weeks. A longer period is usually a typing mistake in a month or a year.",
            new PeriodTooLongRule()),
        Row("SPT008", "no-source", Warning, "item cites no source",
            "Every item of a section cites where its news comes from, in parentheses or in the text (`al-Alam reported (November 10)`). Summary items restate the sections and are not checked.",
            new NoSourceRule()),
        Row("SPT009", "empty-section", Warning, "section has no items",
            "A heading with nothing under it: items were lost, or a line was taken for a heading.",
            new EmptySectionRule()),
        Row("SPT010", "unknown-heading", Info, "unknown section heading",
            "A heading the section table does not know; it was recognised by its shape and given an id made from its words. Add it to the table if it should have a stable id.",
            new UnknownHeadingRule()),
        Row("SPT011", "duplicate-heading", Warning, "heading appears twice",
            "The same heading written twice, as when two versions of a section were pasted in.",
            new DuplicateHeadingRule()),
        Row("SPT012", "mixed-bullets", Info, "bullet glyphs are mixed",
            "One report, one bullet glyph: mixed glyphs show text pasted from elsewhere.",
            new MixedBulletsRule()),
        Row("SPT013", "cut-off-item", Warning, "item looks cut off",
            "The last item of a section stops without closing punctuation: the rest of it was lost at a page break or in editing.",
            new CutOffItemRule()),
        Row("SPT014", "page-break-left", Warning, "text looks like an unrepaired page break",
            "An item that opens in lower case, or a word split by a hyphen and a space, is the trace of a page break the text converter did not repair.",
            new PageBreakLeftRule()),
        Row("SPT015", "malformed-citation", Warning, "malformed citation",
            "A citation reads `(Source, Month Day)` or `(Source, Month Day, Year)`. Flagged: no comma between source and date, a misspelt month, a day no calendar has, a date with no source before it, parentheses that do not pair up.",
            new MalformedCitationRule()),
        Row("SPT016", "date-outside-period", Warning, "cited date lies outside the report's period",
            "A source cited with a date after the period's end, or more than a year before its start: usually a wrong month or year.",
            new DateOutsidePeriodRule()),
        Row("SPT017", "unknown-outlet", Info, "outlet not in the outlet table",
            "A source the outlet table does not know, so its `outlet` is null. Add it with `--outlets FILE.yml` or to the built-in table. Social-media accounts and websites are not reported.",
            new UnknownOutletRule()),
        Row("SPT019", "control-character", Warning, "control character in the text",
            "Control characters other than tab (form feeds, NULs, C1 codes) left by converters.",
            new ControlCharacterRule()),
        Row("SPT023", "duplicate-item", Warning, "item appears twice",
            "The same item written twice in the sections, as when text is pasted twice.",
            new DuplicateItemRule()),
        Row("SPT026", "furniture-in-paragraph", Warning, "page furniture inside a paragraph",
            "A page number, a running header or a line of document number and page number stands between two lines of one paragraph, where a page break fell. The parser sets the line aside as furniture (`report.furniture`) and joins the paragraph; the report itself should not carry it.",
            new FurnitureInParagraphRule()),
        Row("SPT027", "repeated-caption", Warning, "caption written more than twice",
            "A caption is written three times or more. A web copy writes each caption twice (the image's alternative text, then the caption), which is read as one figure; more copies are an editing slip. The figure is still one figure.",
            new RepeatedCaptionRule()),
    ];

    /// <summary>The entry of the rule of type <typeparamref name="TRule"/>, as its row declares it.</summary>
    public static DiagnosticDescriptor DescriptorOf<TRule>() where TRule : Rule => All.OfType<TRule>().Single().Descriptor;

    private static Rule Row(string code, string name, DiagnosticSeverity severity, string message, string help, Rule rule) =>
        rule.Describe(new DiagnosticDescriptor(code, name, severity, message, help));
}
