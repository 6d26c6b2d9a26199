using System.Globalization;
using CsvHelper;
using Spotlight.Timeline;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// A timeline as one CSV table (RFC 4180, UTF-8, CRLF), one row an event, the header written even when there is none.
/// The report that told the event first fills <c>file</c> to <c>id</c>; <c>also_in</c> names the others. Fields a
/// spreadsheet would run as a formula are escaped, as in the report's tables.
/// </summary>
public sealed class CsvTimelineWriter : ITimelineWriter
{
    /// <summary>The columns, as docs/CONTRACT.md names them.</summary>
    public static string[] Header { get; } =
    [
        "date", "granularity", "modifier", "start", "end", "date_text", "region", "section_id", "section_heading", "kind",
        "file", "series", "period_start", "period_end", "id", "text", "sources", "outlets", "also_in",
    ];

    public ITimelineOutput Open(Stream output) => new Output(CsvWriter.Create(output, new CsvWriterOptions
    {
        NewLine = "\r\n",
        Injection = CsvInjection.Escape,
    }, leaveOpen: true));

    /// <summary>The fields of one event's row, in the order of <see cref="Header"/>.</summary>
    public static string?[] Row(TimelineEvent e)
    {
        var first = e.Reports[0];
        return
        [
            e.Date, TreeNames.Of(e.Granularity), TreeNames.Of(e.Modifier), TreeNames.Of(e.Start), TreeNames.Of(e.End), e.DateText, e.Region, e.Section,
            e.SectionHeading, e.Kind, first.File, first.Series, TreeNames.Of(first.PeriodStart), TreeNames.Of(first.PeriodEnd), first.Id, e.Text,
            string.Join(';', e.Sources.Select(source => source.Name)),
            string.Join(';', e.Sources.Select(source => source.Outlet).OfType<string>().Distinct(StringComparer.Ordinal)),
            string.Join(';', e.Reports.Skip(1).Select(report => $"{report.File}#{report.Id}")),
        ];
    }


    private sealed class Output : ITimelineOutput
    {
        private readonly CsvWriter _csv;

        public Output(CsvWriter csv)
        {
            _csv = csv;
            _csv.WriteHeader(Header);
        }

        public void Write(TimelineEvent timelineEvent)
        {
            foreach (string? field in Row(timelineEvent))
                _csv.WriteField(field ?? "");
            _csv.EndRecord();
        }

        public void Dispose()
        {
            _csv.Flush();
            _csv.Dispose();
        }
    }
}
