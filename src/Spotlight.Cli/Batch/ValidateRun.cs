using Spotlight.Diagnostics;
using System.Globalization;
using Spotlight.Cli.Input;
using Spotlight.Cli.Output;
using Spotlight.Extraction;
using Spotlight.Model;
using Spotlight.Reading;
using Spotlight.Validation;
using Spotlight.Writing.Findings;

namespace Spotlight.Cli.Batch;

/// <summary>
/// One run of <c>spotlight validate</c>: each input parsed and checked by the rules its configuration
/// leaves on, findings written in input order, and an exit code CI can act on.
/// </summary>
internal sealed class ValidateRun(ValidateSettings settings)
{
    private int _files, _errors, _warnings, _infos, _failed, _skipped;

    public int Execute()
    {
        var inputs = InputExpander.Expand(settings.Files, settings.Recursive, settings.MaxBytes);
        var locator = new ConfigLocator(settings.ConfigPath);
        List<(InputSpec Input, LoadedConfig Config)> planned;
        try
        {
            planned = inputs.Select(input => (input, locator.For(input))).ToList();
        }
        catch (ValidationConfigException e)
        {
            Console.Error.WriteLine($"spotlight: {e.Message}");
            return ExitCodes.UsageError;
        }
        // Checked once the configurations are found, so that the output may replace none of them either.
        if (settings.Output is { } file && OutputCheck.OfFile(file, inputs, SettingsRead(planned)) is { } problem)
        {
            Console.Error.WriteLine($"spotlight: {file}: {problem}; nothing was written");
            return ExitCodes.UsageError;
        }

        try
        {
            OutputTarget.Write(settings.Output, stream => { WriteTo(stream, planned); return true; });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"spotlight: {WriteFailure.Line(settings.Output, e)}");
            return ExitCodes.InputFailed;
        }

        if (!settings.Quiet)
            Console.Error.WriteLine(Summary());
        bool tooManyWarnings = settings.MaxWarnings is { } max && _warnings > max;
        return _failed > 0 || _errors > 0 || (settings.Strict && _warnings > 0) || tooManyWarnings
            ? ExitCodes.InputFailed
            : ExitCodes.Success;
    }

    /// <summary>The @LIST files and every configuration the inputs are checked with (--config, or each .spotlight.yml found).</summary>
    private IEnumerable<SettingsFile> SettingsRead(List<(InputSpec Input, LoadedConfig Config)> planned) =>
        SettingsFile.ListsOf(settings.Files).Concat(planned
            .Select(p => p.Config.Path).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(path => new SettingsFile(path, "the configuration")));

    private void WriteTo(Stream stream, List<(InputSpec Input, LoadedConfig Config)> planned)
    {
        using var output = settings.Writer.Open(stream);
        foreach (var (input, findings, error) in OrderedPipeline.Run(planned, Check, settings.Jobs))
        {
            if (error is not null)
            {
                Console.Error.WriteLine($"spotlight: {input.Path}: {error}");
                _failed++;
                continue;
            }
            if (findings is null)
            {
                _skipped++;
                continue;
            }
            _files++;
            // Read once to count and once to write: a report's findings past a run's length are read back from a file.
            using (findings.Diagnostics as IDisposable)
            {
                foreach (var finding in findings.Diagnostics)
                {
                    switch (finding.Severity)
                    {
                        case DiagnosticSeverity.Error: _errors++; break;
                        case DiagnosticSeverity.Warning: _warnings++; break;
                        case DiagnosticSeverity.Info: _infos++; break;
                    }
                }
                output.Write(findings);
            }
        }
    }

    private (InputSpec, FileFindings?, string?) Check((InputSpec Input, LoadedConfig Config) planned)
    {
        var (input, config) = planned;
        if (input.Error is not null)
            return (input, null, input.Error);
        if (config.Ignores(input))
            return (input, null, null);
        try
        {
            // Each section is checked as it is read and let go: the tree is never held whole.
            var parsed = InputLoader.LoadParts(input.Path, settings.MaxBytes, settings.From, settings.Profiles);
            return (input, new FileFindings(input.Path, Validator.ValidateInOrder(parsed.Parts, parsed.Source, parsed.Profile, config.Config)), null);
        }
        catch (ReportReadException e)
        {
            return (input, null, e.Message);
        }
        catch (OutOfMemoryException)
        {
            return (input, null, ParseRun.OutOfMemory);
        }
    }

    private string Summary()
    {
        var n = CultureInfo.InvariantCulture;
        string Count(int count, string what) => $"{count.ToString("N0", n)} {what}{(count == 1 || what == "info" ? "" : "s")}";
        string line = $"checked {Count(_files, "file")}: {Count(_errors, "error")}, {Count(_warnings, "warning")}, {Count(_infos, "info")}";
        if (_failed > 0) line += $"; {Count(_failed, "file")} could not be read";
        if (_skipped > 0) line += $"; {_skipped.ToString("N0", n)} ignored";
        return line;
    }
}
