using System.Text.Json;
using Spotlight.Model;

namespace Spotlight.Writing;

/// <summary>The tree as indented JSON, keys in camelCase as the contract names them.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public string Format => "json";

    public string Extension => "json";

    public void Write(ReportDocument document, Stream output)
    {
        JsonSerializer.Serialize(output, document, ReportJsonContext.Indented.ReportDocument);
        output.WriteByte((byte)'\n');
    }
}
