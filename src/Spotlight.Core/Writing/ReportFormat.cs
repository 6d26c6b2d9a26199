namespace Spotlight.Writing;

/// <summary>One format report trees are written in: a row of <see cref="ReportWriters.All"/>.</summary>
/// <param name="Name">The name <c>--format</c> takes.</param>
/// <param name="Extensions">With the dot; <c>-o</c> with one of these chooses the format, and the first names the files under <c>--output-dir</c>.</param>
/// <param name="Create">Makes the writer with the options given.</param>
public sealed record ReportFormat(string Name, IReadOnlyList<string> Extensions, Func<ReportWriterOptions, IReportWriter> Create) : IFileFormat
{
    /// <summary>
    /// Each report stands alone in the output (one line each), so a batch renders reports on its workers and only copies
    /// the bytes out in order; the others write a batch as one whole (an array, one CSV header).
    /// </summary>
    public bool StandsAlone => Create(new ReportWriterOptions()) is IIndependentReportWriter;
}
