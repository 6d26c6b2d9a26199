using System.Text;
using CsvHelper;

namespace Spotlight.Tests.Writing;

/// <summary>Reads CSV back with CsvHelper: the header, then every record as its fields.</summary>
internal static class CsvReadBack
{
    public static (string[] Header, List<string[]> Rows) Table(byte[] csv)
    {
        using var reader = CsvReader.Create(new MemoryStream(csv), new CsvReaderOptions { HasHeader = false });
        var records = new List<string[]>();
        while (reader.Read())
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return (records[0], records.Skip(1).ToList());
    }

    public static (string[] Header, List<string[]> Rows) Table(string csv) => Table(Encoding.UTF8.GetBytes(csv));
}
