using System.Text;
using Spotlight.Reading;
using Spotlight.Timeline;
using Spotlight.Writing.Timeline;

namespace Spotlight.Tests.Writing.Timeline;

/// <summary>Timelines of the seed and the samples, made in the process as the command makes them, for the writers to render.</summary>
internal static class TimelineCorpus
{
    /// <summary>The seed, then every sample (text, web page and PDF), by their paths from the repository's root.</summary>
    public static IEnumerable<string> Inputs() =>
        new[] { Path.Combine("seeds", TestFiles.SeedName) }
            .Concat(Directory.EnumerateFiles(TestFiles.Samples).Where(p => ReportReaders.Extensions.Contains(Path.GetExtension(p)))
                .Order(StringComparer.Ordinal).Select(p => Path.Combine("samples", Path.GetFileName(p))));

    public static List<TimelineEvent> Events(IEnumerable<string> paths, TimelineFilter? filter = null)
    {
        var entries = new List<TimelineEntry>();
        int report = 0;
        foreach (string path in paths)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(TestFiles.RepositoryRoot, path));
            var tree = ReportPipeline.Parse(bytes, path, ReportReaders.Detect(bytes, path));
            entries.AddRange(TimelineEvents.Entries(tree, filter ?? TimelineFilter.None, report));
            report++;
        }
        entries.Sort(TimelineOrder.Instance);
        return [.. RepeatedEvents.Merge(entries).Select(entry => entry.Event)];
    }

    public static string Render(ITimelineWriter writer, IEnumerable<TimelineEvent> events)
    {
        using var stream = new MemoryStream();
        using (var output = writer.Open(stream))
        {
            foreach (var e in events)
                output.Write(e);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
