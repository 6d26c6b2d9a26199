using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Spotlight.Model;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>
/// The extraction pass over a parsed report: fills the dates and sources of every item and figure,
/// with years read against the report's period.
/// </summary>
public sealed partial class MentionExtractor(SeriesProfile profile)
{
    private readonly SourceExtractor _sources = new(profile);

    [GeneratedRegex(@"\b(?:19|20)[0-9]{2}\b")]
    private static partial Regex Year();

    public (Report Report, ImmutableArray<Diagnostic> Diagnostics) Extract(Report report)
    {
        var diagnostics = new List<Diagnostic>();
        ImmutableArray<Section> sections = [.. Extract(report.Period, report.Sections, diagnostics)];
        return (report with { Sections = sections }, [.. diagnostics]);
    }

    /// <summary>The sections with their dates and sources, each section's found as it is taken.</summary>
    public IEnumerable<Section> Extract(Period? period, IEnumerable<Section> sections, List<Diagnostic> diagnostics) =>
        SectionPart.Gather(Extract(period, sections.SelectMany(SectionPart.Of), diagnostics));

    /// <summary>
    /// The parts of the sections with their dates and sources, each found as it is taken, so that a report read in
    /// parts is never held whole. Without a period, the year is the latest written in the report: its parts are then
    /// all read first, and each let go as it is given.
    /// </summary>
    /// <param name="diagnostics">
    /// Where the findings go: a section's items' first, in order, then its figures', as when a section is taken whole.
    /// </param>
    public IEnumerable<SectionPart> Extract(Period? period, IEnumerable<SectionPart> parts, List<Diagnostic> diagnostics)
    {
        DateContext context;
        if (period is not null)
            context = DateContext.ForPeriod(period, profile.Months);
        else
        {
            var all = parts.ToList();
            context = ContextWithoutPeriod(all, diagnostics);
            parts = Handover.Each(all);
        }
        var pool = new StringPool();
        var figureFindings = new List<Diagnostic>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case SectionPart.OfItem { Item: var item } ofItem:
                {
                    var (dates, sources) = Mentions(item.Text, isCaption: false, context, item.Id, item.Lines, diagnostics, pool);
                    yield return ofItem with { Item = item with { Dates = dates, Sources = sources } };
                    break;
                }
                case SectionPart.OfFigure { Figure: var figure } ofFigure:
                {
                    var (dates, sources) = Mentions(figure.Caption, isCaption: true, context, figure.Id, figure.Lines, figureFindings, pool);
                    yield return ofFigure with { Figure = figure with { Dates = dates, Sources = sources } };
                    break;
                }
                default:
                    diagnostics.AddRange(figureFindings);
                    figureFindings.Clear();
                    yield return part;
                    break;
            }
        }
    }

    private (ImmutableArray<DateMention>, ImmutableArray<SourceMention>) Mentions(
        string text, bool isCaption, DateContext context, string id, LineRange lines, List<Diagnostic> diagnostics, StringPool pool)
    {
        var dates = DateExtractor.Extract(text, context);
        var sources = _sources.Extract(text, dates, isCaption, out bool emptySource);
        if (emptySource)
            diagnostics.Add(DiagnosticRegistry.EmptyCitationSource.At(lines.First, 1, id));
        return ([.. dates.Select(pool.Get)], [.. sources.Select(pool.Get)]);
    }

    /// <summary>For a report without a period: the latest year written in it, said in a diagnostic.</summary>
    private DateContext ContextWithoutPeriod(List<SectionPart> parts, List<Diagnostic> diagnostics)
    {
        int? latest = null;
        foreach (var part in parts)
        {
            string? text = part switch { SectionPart.OfItem i => i.Item.Text, SectionPart.OfFigure f => f.Figure.Caption, _ => null };
            if (text is not null)
            {
                foreach (var match in Year().EnumerateMatches(text))
                {
                    int year = int.Parse(text.AsSpan(match.Index, match.Length));
                    latest = latest is null ? year : Math.Max(latest.Value, year);
                }
            }
        }
        diagnostics.Add(latest is { } y
            ? DiagnosticRegistry.YearFromText.At(null, detail: $"dates without a year are read in {y}, the latest year written in the report")
            : DiagnosticRegistry.NoYear.At(null));
        return DateContext.ForYear(latest, profile.Months);
    }
}
