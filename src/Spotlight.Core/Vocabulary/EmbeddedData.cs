using System.Reflection;

namespace Spotlight.Vocabulary;

/// <summary>Reads the vocabulary tables embedded from the Data folder.</summary>
internal static class EmbeddedData
{
    /// <summary>The non-empty lines of a table, without comment lines (<c>#</c>).</summary>
    public static IEnumerable<string> Lines(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Spotlight.Data." + fileName)
            ?? throw new InvalidOperationException($"embedded table {fileName} is missing from the build");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            yield return line;
        }
    }

    /// <summary>The tab-separated rows of a table.</summary>
    public static IEnumerable<string[]> Rows(string fileName) =>
        Lines(fileName).Select(line => line.Split('\t'));
}
