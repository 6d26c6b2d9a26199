using Spotlight.Model;

namespace Spotlight.Writing;

public static class ReportWriterExtensions
{
    /// <summary>Writes one report as a whole output.</summary>
    public static void Write(this IReportWriter writer, ReportTree document, Stream output)
    {
        using var open = writer.Open(output, many: false);
        open.Write(document);
    }

    /// <summary>Writes one report given in parts as a whole output, each section as it comes.</summary>
    public static void Write(this IReportPartsWriter writer, IReportParts report, Stream output)
    {
        using var open = writer.Open(output, many: false);
        ((IReportPartsOutput)open).Write(report);
    }
}
