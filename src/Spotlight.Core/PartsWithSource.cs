using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight;

/// <summary>
/// A report to be taken in parts, with the normalised text it is read from and the profile it is read with, for passes
/// that look at the text itself and at each section as it is read (validation).
/// </summary>
public sealed record PartsWithSource(ReportStream Parts, SourceText Source, SeriesProfile Profile);
