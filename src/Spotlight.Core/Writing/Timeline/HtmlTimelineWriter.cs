using System.Globalization;
using System.Text;
using Spotlight.Timeline;
using Spotlight.Writing.Html;

namespace Spotlight.Writing.Timeline;

/// <summary>
/// A timeline as one self-contained page: a summary, a chart of the events per region per month, and one lane per
/// region with its events in the order given (date order). The page's top needs the counts of the whole timeline, so
/// each event's markup is made as it comes and kept in its lane, which moves it to a temporary file past a bound; only
/// the counts stay in memory, and the page is put together when the output is disposed.
/// </summary>
public sealed class HtmlTimelineWriter : ITimelineWriter
{
    /// <summary>
    /// Characters of markup a lane holds before it moves them to its temporary file: some fifty events, so that a file
    /// is written in pieces of tens of kilobytes, and an archive of thirty regions holds a few megabytes at most.
    /// </summary>
    internal const int DefaultSpillAt = 32 * 1024;

    private readonly int _spillAt;
    private readonly string _temporaryDirectory;

    public HtmlTimelineWriter() : this(DefaultSpillAt, Path.GetTempPath())
    {
    }

    internal HtmlTimelineWriter(int spillAt, string temporaryDirectory)
    {
        _spillAt = spillAt;
        _temporaryDirectory = temporaryDirectory;
    }

    public ITimelineOutput Open(Stream output) => new Output(output, _spillAt, _temporaryDirectory);

    private sealed class Output(Stream stream, int spillAt, string temporaryDirectory) : ITimelineOutput
    {
        // Lanes by region; events of no region are kept apart, since no region name can stand for them.
        private readonly Dictionary<string, TimelineLane> _lanes = new(StringComparer.Ordinal);
        private TimelineLane? _noRegion;

        // The only thing kept that grows with the archive: one name per report (not per event) to count them.
        private readonly HashSet<string> _reports = new(StringComparer.Ordinal);
        private int _events;
        // Only the dates of the first and last events are kept, not their text and sources.
        private (DateOnly Start, string Date)? _first, _last;
        private bool _failed, _disposed;

        public void Write(TimelineEvent timelineEvent)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                var lane = LaneOf(timelineEvent.Region);
                TimelineEventMarkup.Append(lane.Markup, timelineEvent);
                lane.Added(timelineEvent.Start);
            }
            catch
            {
                _failed = true;
                throw;
            }
            _events++;
            foreach (var report in timelineEvent.Reports)
                _reports.Add(report.File);
            // The first and last in date order, whatever order they came in; the earliest of equals, and the latest.
            if (_first is not { } first || timelineEvent.Start < first.Start)
                _first = (timelineEvent.Start, timelineEvent.Date);
            if (_last is not { } last || timelineEvent.Start >= last.Start)
                _last = (timelineEvent.Start, timelineEvent.Date);
        }

        private TimelineLane LaneOf(string? region)
        {
            if (region is null)
                return _noRegion ??= new TimelineLane(null, spillAt, temporaryDirectory);
            if (!_lanes.TryGetValue(region, out var lane))
                _lanes.Add(region, lane = new TimelineLane(region, spillAt, temporaryDirectory));
            return lane;
        }

        /// <summary>Regions by name, then the events of no region.</summary>
        private List<TimelineLane> Ordered()
        {
            var lanes = _lanes.Values.OrderBy(lane => lane.Region, StringComparer.OrdinalIgnoreCase).ThenBy(lane => lane.Region, StringComparer.Ordinal).ToList();
            if (_noRegion is not null)
                lanes.Add(_noRegion);
            return lanes;
        }

        public void Dispose()
        {
            if (_disposed)
                return;
            _disposed = true;
            var lanes = Ordered();
            try
            {
                if (!_failed)
                    WritePage(lanes);
            }
            finally
            {
                foreach (var lane in lanes)
                    lane.Dispose();
            }
        }

        private void WritePage(List<TimelineLane> lanes)
        {
            using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            var page = new StringBuilder();
            HtmlPage.AppendHead(page, "Timeline");
            page.Append("<header>\n<h1>Timeline</h1>\n");
            if (_first is not { } first || _last is not { } last)
            {
                page.Append("<p class=\"empty\">The timeline holds no event.</p>\n</header>\n");
                HtmlPage.AppendFoot(page);
                Drain(page, text);
                text.Flush();
                stream.Flush();
                return;
            }
            page.Append("<p class=\"stats\">").Append(TimelineChart.Count(_events)).Append(" from ").Append(Number(_reports.Count))
                .Append(_reports.Count == 1 ? " report" : " reports").Append(", ");
            AppendDate(page, first.Date);
            page.Append(" to ");
            AppendDate(page, last.Date);
            page.Append(", in ").Append(Number(lanes.Count)).Append(lanes.Count == 1 ? " lane" : " lanes").Append(".</p>\n</header>\n");

            var anchors = new Anchors("");
            var laneAnchors = lanes.Select(lane => anchors.For("lane-" + Slug(lane.Name))).ToList();
            var series = new List<TimelineChart.Series>(lanes.Count);
            for (int i = 0; i < lanes.Count; i++)
            {
                var lane = lanes[i];
                string colour = lane.Region is null ? ChartColours.NoRegion : ChartColours.For(i);
                series.Add(new TimelineChart.Series(lane.Region ?? "", lane.Name, colour, laneAnchors[i], lane.Events, lane.PerMonth));
            }
            var periods = ChartPeriods.Spanning(lanes.Min(lane => lane.PerMonth.Keys.Min()), lanes.Max(lane => lane.PerMonth.Keys.Max()));
            page.Append("<section class=\"overview\" id=\"").Append(anchors.For("chart")).Append("\">\n<h2>Events per ")
                .Append(periods.Per).Append("</h2>\n");
            TimelineChart.Append(page, series, periods);
            page.Append("</section>\n<section class=\"lanes\" id=\"").Append(anchors.For("lanes")).Append("\">\n<h2>Events by region</h2>\n");
            Drain(page, text);

            for (int i = 0; i < lanes.Count; i++)
            {
                var lane = lanes[i];
                page.Append("<section class=\"lane\" id=\"").Append(laneAnchors[i]).Append("\" data-region=\"");
                HtmlText.AppendAttribute(page, lane.Region ?? "");
                page.Append("\" data-events=\"").Append(lane.Events.ToString(CultureInfo.InvariantCulture)).Append("\">\n<h3>");
                HtmlText.Append(page, lane.Name);
                page.Append(" <span class=\"meta\">(").Append(TimelineChart.Count(lane.Events)).Append(")</span></h3>\n<ol class=\"events\">\n");
                Drain(page, text);
                lane.CopyTo(text, stream);
                page.Append("</ol>\n</section>\n");
            }
            page.Append("</section>\n");
            HtmlPage.AppendFoot(page);
            Drain(page, text);
            text.Flush();
            stream.Flush();
        }

        private static void AppendDate(StringBuilder page, string date)
        {
            page.Append("<time datetime=\"");
            HtmlText.AppendAttribute(page, date);
            page.Append("\">");
            HtmlText.Append(page, date);
            page.Append("</time>");
        }

        private static void Drain(StringBuilder page, StreamWriter text)
        {
            foreach (var chunk in page.GetChunks())
                text.Write(chunk.Span);
            page.Clear();
        }

        /// <summary>A region's name as a piece of an id and a link: its letters and digits, hyphens between the words.</summary>
        private static string Slug(string name)
        {
            var slug = new StringBuilder(name.Length);
            foreach (char c in name)
            {
                if (char.IsLetterOrDigit(c))
                    slug.Append(c);
                else if (slug.Length > 0 && slug[^1] != '-')
                    slug.Append('-');
            }
            return slug.Length == 0 ? "region" : slug.ToString().TrimEnd('-');
        }

        private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
    }
}
