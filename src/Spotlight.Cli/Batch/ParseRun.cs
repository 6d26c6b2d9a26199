using System.Diagnostics;
using Spotlight.Cli.Files;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Reading;
using Spotlight.Writing;
using Spotlight.Writing.Html;

namespace Spotlight.Cli.Batch;

/// <summary>
/// One run of <c>spotlight parse</c>: inputs expanded, parsed in parallel, written in input order to
/// stdout, to one file, or to one file each under a directory; failures named on stderr as they come.
/// </summary>
internal sealed class ParseRun(ParseSettings settings)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _converted, _failed, _skipped;
    private long _bytes;
    private readonly ExistingOutputs _existing = new();

    /// <summary>Under --output-dir with HTML pages, the lines of the index that lists them, in input order; else null.</summary>
    private readonly List<PageListing>? _listings = settings.OutputDirectory is not null && settings.Writer is HtmlReportWriter ? [] : null;

    public int Execute()
    {
        var inputs = InputExpander.Expand(settings.Files, settings.Recursive, settings.MaxBytes);
        if (CheckOutputs(inputs, out var plan) is { } problem)
        {
            Console.Error.WriteLine($"spotlight: {problem}; nothing was written");
            return ExitCodes.UsageError;
        }
        if (plan?.Shared is { } shared && !settings.Quiet)
            Console.Error.WriteLine(shared.Line());

        var progress = Progress.For(inputs.Count, settings.Quiet, settings.NoProgress, writesToStdout: plan is null && settings.Output is null);
        try
        {
            if (plan is not null)
                // An input known to fail before it is read (an empty folder, a list that cannot be read) has no
                // output, and no place in the plan.
                Consume(inputs, input => input.Error is null ? ConvertToFile(input, plan.TargetOf(input)) : Convert(input), progress, write: null);
            else
                // Nothing converted, nothing written: an existing file is not replaced by an empty one.
                OutputTarget.Write(settings.Output, stream => { WriteTo(stream, inputs, progress); return _converted > 0; });
        }
        catch (ReaderGoneException)
        {
            // The run ends here, quietly; the terminal is left as it was found.
            progress?.Clear();
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            progress?.Clear();
            Console.Error.WriteLine($"spotlight: {WriteFailure.Line(settings.Output, e)}");
            return ExitCodes.InputFailed;
        }

        progress?.Clear();
        if (_listings is not null && !WriteIndex(settings.OutputDirectory!))
            _failed++;
        if (_existing.Line(settings.OutputDirectory) is { } existing)
            Console.Error.WriteLine(existing);
        if (inputs.Count > 1 && !settings.Quiet)
            Console.Error.WriteLine(Summary.Line(_converted, _failed, _bytes, _clock.Elapsed, _skipped));
        return _failed > 0 ? ExitCodes.InputFailed : ExitCodes.Success;
    }

    /// <summary>Why the outputs cannot be written as asked, found before any is; under --output-dir, also where each goes.</summary>
    private string? CheckOutputs(List<InputSpec> inputs, out OutputPlan? plan)
    {
        plan = null;
        var read = SettingsFile.ListsOf(settings.Files).ToList();
        if (settings.OutletsPath is { } outlets)
            read.Add(new SettingsFile(outlets, "the outlet file"));
        if (settings.ProfilePath is { } profile)
            read.Add(new SettingsFile(profile, "the profile file"));
        if (settings.OutputDirectory is { } directory)
        {
            if (OutputCheck.OfDirectory(directory) is { } reason)
                return $"{directory}: {reason}";
            plan = OutputPlan.Make(inputs, read, directory, settings.Extension, out string? problem);
            return problem ?? (_listings is not null ? IndexTaken(inputs, plan, directory) : null);
        }
        return settings.Output is { } file && OutputCheck.OfFile(file, inputs, read) is { } why ? $"{file}: {why}" : null;
    }

    /// <summary>An input whose page would be written where the index of the pages goes.</summary>
    private static string? IndexTaken(List<InputSpec> inputs, OutputPlan plan, string directory)
    {
        string index = Path.Combine(directory, HtmlIndex.FileName);
        string real = RealPath.Of(index);
        var taker = inputs.FirstOrDefault(input => input.Error is null && RealPath.Of(plan.TargetOf(input)) == real);
        return taker is null ? null : $"{index}: the page of {taker.Path} would replace the index of the pages; give it another name or folder";
    }

    /// <summary>
    /// Writes the index of the pages, whole or not at all. Like a page, an index already there is kept unless --force (or
    /// --skip-existing, since the index then lists what this run found). False when it was not written.
    /// </summary>
    private bool WriteIndex(string directory)
    {
        string index = Path.Combine(directory, HtmlIndex.FileName);
        bool replace = settings.Force || settings.SkipExisting;
        if (File.Exists(index) && !replace)
        {
            _existing.Add(directory, index);
            return false;
        }
        try
        {
            Directory.CreateDirectory(directory);
            AtomicFile.Write(index, stream => { HtmlIndex.Write(stream, _listings!); return true; }, replace: replace);
            return true;
        }
        catch (OutputExistsException)
        {
            _existing.Add(directory, index);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"spotlight: cannot write {index} ({WriteFailure.Reason(index, e)})");
            return false;
        }
    }

    /// <summary>The line of the index for an input, as its conversion ended.</summary>
    private PageListing Listing(Conversion conversion)
    {
        if (conversion.Listed is { } listed)
            return listed;
        string input = conversion.Input.Path;
        return conversion.Kept is { } kept
            ? new PageListing(Page(kept), input, null, null, null, 0, null)
            : new PageListing("", input, null, null, null, 0, conversion.Error);
    }

    /// <summary>A page's path from the index: relative to the output folder, '/' between folders.</summary>
    private string Page(string target) =>
        Path.GetRelativePath(settings.OutputDirectory!, target).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Rendered reports are gathered into writes of this size: one write each would be a system call per file.</summary>
    public const int CopyOutBufferSize = 64 * 1024;

    /// <summary>Where rendered reports wait to be written out; emptied before a failure is named, to keep the order.</summary>
    private BufferedStream? _copyOut;

    internal void WriteTo(Stream stream, List<InputSpec> inputs, Progress? progress)
    {
        // A report that is the whole output is written a section at a time when it is large; in a list of reports, a
        // failure part way would break the list, so each is written from its tree.
        bool many = OutputShape.IsList(settings.Files, settings.Recursive);
        bool inParts = !many && settings.Writer is IReportPartsWriter;
        if (settings.Writer is IIndependentReportWriter renderer)
        {
            // Reports that stand alone are rendered by the workers; here they are only copied out, in order.
            // A large one is written from its tree instead, in chunks, rather than held whole in memory: through the
            // same buffer, so that it keeps its place. The buffer is flushed, not disposed: the stream is the caller's.
            var buffered = _copyOut = new BufferedStream(stream, CopyOutBufferSize);
            using (var large = renderer.Open(buffered, many: true))
            {
                Consume(inputs, input => Render(Convert(input, inParts), renderer), progress, large.Write, rendered =>
                {
                    buffered.Write(rendered.WrittenSpan);
                    rendered.Dispose();
                }, InParts(large));
            }
            buffered.Flush();
            return;
        }
        using var output = settings.Writer.Open(stream, many);
        Consume(inputs, input => Convert(input, inParts), progress, output.Write, writeParts: InParts(output));
    }

    private static Action<Model.IReportParts>? InParts(IReportOutput output) => output is IReportPartsOutput parts ? parts.Write : null;

    /// <summary>Inputs up to this size are rendered by the workers; their output is a few times this.</summary>
    private const long RenderedByWorkersLimit = 1 << 20;

    private static Conversion Render(Conversion conversion, IIndependentReportWriter renderer)
    {
        if (conversion.Tree is null || conversion.Bytes > RenderedByWorkersLimit)
            return conversion;
        var buffer = new PooledBuffer((int)(conversion.Bytes * 2 + 1024));
        renderer.Render(conversion.Tree, buffer);
        return conversion with { Tree = null, Rendered = buffer };
    }

    /// <summary>Takes the conversions in input order: writes each tree, names each failure, stops early under --fail-fast.</summary>
    private void Consume(List<InputSpec> inputs, Func<InputSpec, Conversion> convert, Progress? progress,
        Action<Model.ReportTree>? write, Action<PooledBuffer>? copy = null, Action<Model.IReportParts>? writeParts = null)
    {
        foreach (var converted in OrderedPipeline.Run(inputs, convert, settings.Jobs))
        {
            var conversion = converted.Parts is { } parts ? WrittenInParts(converted, parts, writeParts!) : converted;
            _bytes += conversion.Bytes;
            _listings?.Add(Listing(conversion));
            if (conversion.Skipped)
                _skipped++;
            else if (conversion.Succeeded)
            {
                if (conversion.Tree is not null)
                    write?.Invoke(conversion.Tree);
                else if (conversion.Rendered is { } rendered)
                    copy?.Invoke(rendered);
                _converted++;
            }
            else if (conversion.Kept is { } kept)
            {
                // One line for them all, at the end: a rerun into a full folder would otherwise name every file.
                _existing.Add(conversion.Input.Path, kept);
                _failed++;
            }
            else
            {
                progress?.Clear();
                _copyOut?.Flush();
                Console.Error.WriteLine($"spotlight: {conversion.Input.Path}: {conversion.Error}");
                _failed++;
            }
            progress?.Update(_converted + _failed + _skipped, _failed, _bytes);
            if (!conversion.Succeeded && settings.FailFast)
                break;
        }
    }

    /// <summary>
    /// Writes a report given in parts. Running out of memory part way fails the input like running out while parsing;
    /// what was written stands on stdout, where the output is this one report (a file is not kept).
    /// </summary>
    private static Conversion WrittenInParts(Conversion conversion, ReportStream parts, Action<Model.IReportParts> write)
    {
        try
        {
            write(parts);
            return conversion with { Parts = null };
        }
        catch (OutOfMemoryException)
        {
            return new Conversion(conversion.Input, null, OutOfMemory, conversion.Bytes);
        }
    }

    /// <summary>
    /// Inputs larger than this are written in parts, where the output allows: a report dense with sections holds some
    /// fifteen times its size as a tree, against a few times as its text and one section.
    /// </summary>
    public const long InPartsFrom = 1 << 20;

    /// <param name="inParts">A large input may be given in parts, to be written a section at a time.</param>
    private Conversion Convert(InputSpec input, bool inParts = false)
    {
        if (input.Error is not null)
            return new Conversion(input, null, input.Error, 0);
        try
        {
            var (document, parts) = InputLoader.LoadForWriting(input.Path, settings.MaxBytes, settings.From, settings.Profiles,
                inParts ? InPartsFrom : long.MaxValue);
            return parts is not null
                ? new Conversion(input, null, null, parts.Input.Bytes, Parts: parts)
                : new Conversion(input, document, null, document!.Input.Bytes);
        }
        catch (ReportReadException e)
        {
            return new Conversion(input, null, e.Message, 0);
        }
        catch (OutOfMemoryException)
        {
            // The half-built tree is garbage now: the batch goes on with the next input.
            return new Conversion(input, null, OutOfMemory, 0);
        }
    }

    private static Conversion Exists(InputSpec input, string target, long bytes) =>
        new(input, null, ExistingOutputs.Reason(target), bytes, Kept: target);

    /// <summary>Whether the output was written before the input last changed; stdin, which has no time, is always new.</summary>
    private static bool IsOlder(string target, InputSpec input) =>
        input.IsStdin || File.GetLastWriteTimeUtc(target) < File.GetLastWriteTimeUtc(input.Path);

    /// <summary>Said of an input whose tree did not fit in memory (a machine's, or a container's limit).</summary>
    public const string OutOfMemory = "not enough memory to parse it";

    /// <summary>Under --output-dir each worker writes its own file, whole or not at all; the tree is not kept.</summary>
    private Conversion ConvertToFile(InputSpec input, string target)
    {
        // Under --skip-existing an output older than its input is out of date, and is replaced like one under --force.
        bool replace = settings.Force;
        if (File.Exists(target) && !settings.Force)
        {
            if (!settings.SkipExisting)
                return Exists(input, target, 0);
            if (!IsOlder(target, input))
                return new Conversion(input, null, null, 0, Kept: target);
            replace = true;
        }
        var conversion = Convert(input, inParts: settings.Writer is IReportPartsWriter);
        if (!conversion.Succeeded)
            return conversion;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Without --force, a file that appeared at the target since the check above (another run into the same
            // folder) is kept: the output is put in place only if the name is still free.
            AtomicFile.Write(target, stream =>
            {
                if (conversion.Parts is { } parts)
                    ((IReportPartsWriter)settings.Writer).Write(parts, stream);
                else
                    settings.Writer.Write(conversion.Tree!, stream);
                return true;
            }, replace: replace);
            // The tree is written; dropping it here keeps memory flat however long the batch.
            return conversion with { Tree = null, Parts = null, Listed = _listings is null ? null : PageListing.Of(conversion.Tree!, Page(target)) };
        }
        catch (OutOfMemoryException)
        {
            return new Conversion(input, null, OutOfMemory, conversion.Bytes);
        }
        catch (OutputExistsException)
        {
            // Another run put it there meanwhile: it is as new as this one would be.
            return settings.SkipExisting ? new Conversion(input, null, null, conversion.Bytes, Kept: target) : Exists(input, target, conversion.Bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Conversion(input, null, $"cannot write {target} ({WriteFailure.Reason(target, e)})", conversion.Bytes);
        }
    }
}
