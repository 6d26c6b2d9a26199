using System.Buffers;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>
/// A format in which every report stands alone in the output (NDJSON: one line each), so that a batch can
/// render reports on several threads and only copy the bytes out in order.
/// </summary>
public interface IIndependentReportWriter : IReportWriter
{
    /// <summary>Renders one report exactly as it appears in the output, line end included.</summary>
    void Render(ReportTree document, IBufferWriter<byte> output);
}
