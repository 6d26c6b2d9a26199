namespace Spotlight.Cli.Output;

/// <summary>
/// Whether a run draws its progress bar. The bar is carriage returns and escape codes: drawn where a person watches
/// stderr and the data goes elsewhere, never into the data, a log, or a terminal that cannot move its cursor.
/// </summary>
internal static class ProgressDecision
{
    /// <summary>Below this many files a run is over before a bar would tell anything.</summary>
    public const int MinimumFiles = 6;

    /// <param name="stdoutIsTerminal">The data is written to stdout and stdout is a terminal: it is likely the one stderr
    /// shows on, and the bar's redraws would land among the trees.</param>
    /// <param name="term">The TERM variable: unset, empty or <c>dumb</c> is a terminal without cursor control.</param>
    /// <param name="noColor">NO_COLOR: set and not empty asks for plain output.</param>
    public static bool Draws(int files, bool quiet, bool noProgress, bool stderrIsTerminal, bool stdoutIsTerminal, string? term,
        string? noColor) =>
        files >= MinimumFiles && !quiet && !noProgress && stderrIsTerminal && !stdoutIsTerminal
        && !string.IsNullOrEmpty(term) && term != "dumb" && string.IsNullOrEmpty(noColor);
}
