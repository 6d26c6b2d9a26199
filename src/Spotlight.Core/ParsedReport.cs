using Spotlight.Model;
using Spotlight.Text;

namespace Spotlight;

/// <summary>A report's tree with the normalised text it was built from.</summary>
/// <param name="Source">The normalised text whose lines the tree's spans refer to.</param>
public sealed record ParsedReport(ReportDocument Document, SourceText Source);
