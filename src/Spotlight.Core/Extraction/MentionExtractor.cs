using Spotlight.Diagnostics;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    public (Report Report, ImmutableArray<Diagnostic> Diagnostics) Extract(Report report) => Extract(report, letGo: false);

    /// <summary>
    /// The same, the caller's <paramref name="report"/> taken (the reference is cleared) and each of its sections let go
    /// once its mentions are found, so that the structure and the tree are never both held whole.
    /// </summary>
    public (Report Report, ImmutableArray<Diagnostic> Diagnostics) Extract(ref Report report)
    {
        var taken = report;
        report = null!;
        return Extract(taken, letGo: true);
    }

    private (Report Report, ImmutableArray<Diagnostic> Diagnostics) Extract(Report report, bool letGo)
    {
        var diagnostics = new List<Diagnostic>();
        var context = ContextOf(report, diagnostics);
        var pool = new StringPool();

        var structure = ImmutableCollectionsMarshal.AsArray(report.Sections) ?? [];
        // The report keeps its header only: the sections are reached through the array, whose slots are cleared as they go.
        report = report with { Sections = [] };
        var sections = new Section[structure.Length];
        for (int i = 0; i < structure.Length; i++)
        {
            var section = structure[i];
            if (letGo)
                structure[i] = null!;
            sections[i] = section with
            {
                Items = [.. section.Items.Select(item =>
                {
                    var (dates, sources) = Mentions(item.Text, isCaption: false, context, item.Id, item.Lines, diagnostics, pool);
                    return item with { Dates = dates, Sources = sources };
                })],
                Figures = [.. section.Figures.Select(figure =>
                {
                    var (dates, sources) = Mentions(figure.Caption, isCaption: true, context, figure.Id, figure.Lines, diagnostics, pool);
                    return figure with { Dates = dates, Sources = sources };
                })],
            };
        }
        return (report with { Sections = ImmutableCollectionsMarshal.AsImmutableArray(sections) }, [.. diagnostics]);
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

    /// <summary>The period, or else the latest year written in the report, said in a diagnostic.</summary>
    private DateContext ContextOf(Report report, List<Diagnostic> diagnostics)
    {
        if (report.Period is { } period)
            return DateContext.ForPeriod(period, profile.Months);

        int? latest = null;
        foreach (var section in report.Sections)
        {
            foreach (string text in section.Items.Select(i => i.Text).Concat(section.Figures.Select(f => f.Caption)))
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
