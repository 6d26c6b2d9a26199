using System.Diagnostics;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Reading;
using Spotlight.Timeline;

namespace Spotlight.Cli.Batch;

/// <summary>
/// One run of <c>spotlight timeline</c>: inputs expanded and parsed in parallel, each report's events taken from its
/// tree by the worker that parsed it (the tree is dropped there), gathered in input order into a sort that spills to
/// temporary files past its bound, then merged, repeated events shown once, and written to stdout or one file.
/// </summary>
internal sealed class TimelineRun(TimelineSettings settings)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _converted, _failed;
    private long _bytes, _written;

    /// <summary>The runs the last execution wrote to temporary files.</summary>
    internal int RunsWritten { get; private set; }

    public int Execute()
    {
        var inputs = InputExpander.Expand(settings.Files, settings.Recursive, settings.MaxBytes);
        if (settings.Output is { } file && OutputCheck.OfFile(file, inputs, SettingsRead()) is { } why)
        {
            Console.Error.WriteLine($"spotlight: {file}: {why}; nothing was written");
            return ExitCodes.UsageError;
        }

        var progress = Progress.For(inputs.Count, settings.Quiet, settings.NoProgress, writesToStdout: settings.Output is null);
        using var sorter = new TimelineSorter(settings.ScratchDirectory, settings.Bound);
        try
        {
            Read(inputs, sorter, progress);
            progress?.Clear();
            // Nothing read, nothing written: an existing file is not replaced by an empty timeline.
            if (_converted > 0 || settings.Output is null)
                OutputTarget.Write(settings.Output, stream => { Write(stream, sorter); return true; });
        }
        catch (ReaderGoneException)
        {
            progress?.Clear();
            throw;
        }
        catch (TimelineSpillException e)
        {
            progress?.Clear();
            // A file is written whole or not at all; stdout may have had the timeline's start.
            string written = settings.Output is null && _written > 0 ? "the output stops here" : "nothing was written";
            Console.Error.WriteLine($"spotlight: cannot use temporary files in {e.Directory} "
                + $"({WriteFailure.Reason(Path.Combine(e.Directory, "spotlight-timeline"), e.InnerException!)}); {written}");
            return ExitCodes.InputFailed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Clear();
            Console.Error.WriteLine($"spotlight: {WriteFailure.Line(settings.Output, e)}");
            return ExitCodes.InputFailed;
        }
        finally
        {
            RunsWritten = sorter.RunsWritten;
        }

        if (inputs.Count > 1 && !settings.Quiet)
            Console.Error.WriteLine(Summary.Line(_converted, _failed, _bytes, _clock.Elapsed, events: _written));
        return _failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>The @LIST files, the profile and the outlet file: -o may replace none of them.</summary>
    private List<SettingsFile> SettingsRead()
    {
        var read = SettingsFile.ListsOf(settings.Files).ToList();
        if (settings.OutletsPath is { } outlets)
            read.Add(new SettingsFile(outlets, "the outlet file"));
        if (settings.ProfilePath is { } profile)
            read.Add(new SettingsFile(profile, "the profile file"));
        return read;
    }

    /// <summary>Takes each report's events in input order, names each failure, stops early under --fail-fast.</summary>
    private void Read(List<InputSpec> inputs, TimelineSorter sorter, Progress? progress)
    {
        // A report is numbered by its place among the inputs, on the worker: the numbers of the failed ones are
        // never used, and the others keep the reading order.
        foreach (var read in OrderedPipeline.Run(inputs.Select((input, place) => (input, place)).ToList(), Events, settings.Jobs))
        {
            _bytes += read.Bytes;
            if (read.Error is null)
            {
                foreach (var entry in read.Entries!)
                    sorter.Add(entry);
                _converted++;
            }
            else
            {
                progress?.Clear();
                Console.Error.WriteLine($"spotlight: {read.Input.Path}: {read.Error}");
                _failed++;
            }
            progress?.Update(_converted + _failed, _failed, _bytes);
            if (read.Error is not null && settings.FailFast)
                break;
        }
    }

    private void Write(Stream stream, TimelineSorter sorter)
    {
        using var output = settings.Writer.Open(stream);
        foreach (var timelineEvent in sorter.Events())
        {
            output.Write(timelineEvent);
            _written++;
        }
    }

    /// <summary>What one input gave: its events, or the reason it failed.</summary>
    private sealed record ReportEvents(InputSpec Input, List<TimelineEntry>? Entries, string? Error, long Bytes);

    /// <summary>On a worker: the input parsed, and its events taken from the tree, which is not kept.</summary>
    private ReportEvents Events((InputSpec Input, int Place) planned)
    {
        var (input, place) = planned;
        if (input.Error is not null)
            return new ReportEvents(input, null, input.Error, 0);
        try
        {
            var tree = InputLoader.LoadTree(input.Path, settings.MaxBytes, settings.From, settings.Profiles);
            return new ReportEvents(input, TimelineEvents.Entries(tree, settings.Filter, place), null, tree.Input.Bytes);
        }
        catch (ReportReadException e)
        {
            return new ReportEvents(input, null, e.Message, 0);
        }
        catch (OutOfMemoryException)
        {
            return new ReportEvents(input, null, ParseRun.OutOfMemory, 0);
        }
    }
}
