using Spotlight.Diagnostics;
using System.Collections.Immutable;
using CsCheck;
using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight.Tests.Properties;

/// <summary>
/// Report trees built directly, a generator for every record of the model, with awkward strings in every
/// text field. Line numbers are 1 or more and ranges run forwards, as the schema asks; the stats are the
/// tree's counts. Nothing else ties the fields together: writers must render whatever the tree holds.
/// </summary>
internal static class ReportTreeGen
{
    private static readonly Gen<string> Text = AwkwardStrings.Any;
    private static readonly Gen<string?> OptionalText = AwkwardStrings.OrNull;
    private static readonly Gen<int> Line = Gen.Int[1, 5_000];

    public static readonly Gen<LineRange> LineRange =
        Gen.Select(Line, Gen.Int[0, 40], (first, span) => new LineRange(first, first + span));

    public static readonly Gen<DateMention> DateMention = Gen.Select(
        Text, Text, Gen.Enum<DateGranularity>(), Gen.Enum<DateModifier>().Nullable(0.5), Gen.Bool, Gen.Int[0, 2_000], Gen.Int[0, 60],
        (text, value, granularity, modifier, relative, start, length) => new DateMention(text, value, granularity, modifier, relative, start, length));

    public static readonly Gen<SourceMention> SourceMention = Gen.Select(
        Text, OptionalText, Gen.Enum<SourceKind>(), Gen.Enum<SourcePlatform>().Nullable(0.5), OptionalText, Text, Gen.Int[0, 2_000], Gen.Int[0, 60],
        (name, outlet, kind, platform, date, text, start, length) => new SourceMention(name, outlet, kind, platform, date, text, start, length));

    /// <summary>Where a node's text stands in a source of long lines: a piece at the start of a line, offsets and lines both ascending.</summary>
    public static readonly Gen<SourceMap> SourceMap =
        Gen.Select(Gen.Int[0, 300], Gen.Int[1, 3]).Array[0, 4].Select(steps =>
        {
            var source = LineMap.Of(string.Concat(Enumerable.Repeat(new string('x', 400) + "\n", steps.Sum(s => s.Item2) + 1)));
            int offset = 0, line = 0;
            return new SourceMap(source, [.. steps.Select(s => new SourceSegment(offset += s.Item1, source.Start(line += s.Item2)))]);
        });

    private static readonly Gen<ImmutableArray<int>?> Pages =
        Gen.Int[1, 99].Array[1, 3].Select(p => p.Order().ToImmutableArray()).Nullable(0.5);

    private static Gen<ImmutableArray<T>> Many<T>(Gen<T> gen, int max) => gen.Array[0, max].Select(a => a.ToImmutableArray());

    public static readonly Gen<Item> Item = Gen.Select(
        Text, OptionalText, Text, LineRange, Many(DateMention, 3), Many(SourceMention, 3), Pages, SourceMap,
        (id, marker, text, lines, dates, sources, pages, map) => new Item(id, marker, text, lines, dates, sources) { Pages = pages, SourceMap = map });

    public static readonly Gen<Figure> Figure = Gen.Select(
        Text, Text, LineRange, Many(DateMention, 3), Many(SourceMention, 3), Pages, SourceMap,
        (id, caption, lines, dates, sources, pages, map) => new Figure(id, caption, lines, dates, sources) { Pages = pages, SourceMap = map });

    public static readonly Gen<Section> Section = Gen.Select(
        Text, Gen.Enum<SectionKind>(), OptionalText, OptionalText, LineRange, Many(Item, 4), Many(Figure, 2),
        (id, kind, heading, region, lines, items, figures) => new Section(id, kind, heading, region, lines, items, figures));

    public static readonly Gen<Author> Author = Gen.Select(
        Text, OptionalText, Gen.Enum<AuthorRole>(), Line,
        (name, honorific, role, line) => new Author(name, honorific, role, line));

    public static readonly Gen<Period> Period = Gen.Select(
        Gen.DateOnly, Gen.DateOnly, Text, Line,
        (start, end, text, line) => new Period(start, end, text, line));

    public static readonly Gen<Footnote> Footnote = Gen.Select(Text, Text, LineRange, (mark, text, lines) => new Footnote(mark, text, lines));

    public static readonly Gen<Furniture> Furniture = Gen.Select(
        Gen.Enum<FurnitureKind>(), Text, LineRange, (kind, text, lines) => new Furniture(kind, text, lines));

    // The tree leaves the two lists out when they would be empty, so a generated report has them or not, never empty.
    private static Gen<ImmutableArray<T>?> Optional<T>(Gen<T> gen) =>
        Gen.Select(gen.Array[1, 3], Gen.Bool, (a, present) => present ? (ImmutableArray<T>?)a.ToImmutableArray() : null);

    public static readonly Gen<Report> Report = Gen.Select(
        OptionalText, Text, Period.Null(0.3), Many(Author, 3), Many(Section, 4), Optional(Footnote), Optional(Furniture),
        (series, profile, period, authors, sections, footnotes, furniture) =>
            new Report(series, profile, period, authors, sections) { Footnotes = footnotes, Furniture = furniture });

    public static readonly Gen<InputInfo> InputInfo = Gen.Select(
        Text, Text, Text, Gen.Long[0, long.MaxValue], Gen.Int[0, int.MaxValue],
        (path, format, sha, bytes, lines) => new InputInfo(path, format, sha, bytes, lines));

    public static readonly Gen<Diagnostic> Diagnostic = Gen.Select(
        Text, Gen.Enum<DiagnosticSeverity>(), Text, Line.Nullable(0.3), Gen.Int[0, 500].Nullable(0.5), OptionalText,
        (code, severity, message, line, column, itemId) => new Diagnostic(code, severity, message, line, column, itemId));

    public static readonly Gen<ReportTree> Document = Gen.Select(
        InputInfo, Report, Many(Diagnostic, 3),
        (input, report, diagnostics) => new ReportTree(input, report, ReportStats.Of(report), diagnostics));
}
