using System.Collections.Concurrent;

namespace Spotlight.Vocabulary;

/// <summary>
/// Loads a built-in profile from its manifest (Data/*.profile.tsv): its id and name, and for each table the
/// embedded files that hold it, read in order. A table named by several profiles is read once.
/// </summary>
internal static class BuiltInProfile
{
    private static readonly ConcurrentDictionary<string, object> Tables = new(StringComparer.Ordinal);

    private static readonly string[] Keys =
        ["id", "name", "titles", "summaryLabels", "headingPrefixes", "arenas", "honorifics", "authorRoles", "outlets", "mediaWords", "months", "words"];

    public static SeriesProfile Load(string manifest)
    {
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in EmbeddedData.Rows(manifest))
        {
            if (row.Length != 2 || !Keys.Contains(row[0]) || !values.TryAdd(row[0], row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                throw new InvalidOperationException($"{manifest}: '{string.Join('\t', row)}' is not one of the keys, once each");
        }
        string[] Files(string key) => values.TryGetValue(key, out var files) ? files
            : throw new InvalidOperationException($"{manifest}: no {key}");
        foreach (string key in Keys)
            Files(key);

        return new SeriesProfile(
            Files("id")[0],
            string.Join(' ', Files("name")),
            Shared("titles", Files("titles"), files => new SeriesTitles(Lines(files))),
            () => Shared("summaryLabels", Files("summaryLabels"), files => new SummaryLabels(Lines(files))),
            () => Shared("sections", [.. Files("arenas"), "|", .. Files("headingPrefixes")], _ => new SectionTable(
                Rows(Files("arenas")).Select(row => new Arena(row[0], row[1], row[2])), Lines(Files("headingPrefixes")))),
            () => Shared("honorifics", Files("honorifics"), files => new Honorifics(Lines(files))),
            () => Shared("authorRoles", Files("authorRoles"), files => new AuthorRoles(Rows(files).Select(row =>
                new AuthorRoleWord(row[0], AuthorRoles.RoleOf(row[1]), row.Length > 2 && row[2] == "names-only")))),
            () => Shared("outlets", Files("outlets"), files => new OutletTable(
                Rows(files).Select(row => new OutletEntry(row[0], row[1].Split('|'))))),
            () => Shared("mediaWords", Files("mediaWords"), files => new MediaWords(Rows(files).Select(row => (row[0], row[1])))),
            () => Shared("months", Files("months"), files => new Months(Rows(files).Select(row => (row[0], int.Parse(row[1]))))),
            Shared("words", Files("words"), files => new WordList(() => Lines(files))));
    }

    private static T Shared<T>(string table, string[] files, Func<string[], T> build) where T : class =>
        (T)Tables.GetOrAdd(table + ":" + string.Join(' ', files), _ => build(files));

    private static IEnumerable<string> Lines(string[] files) => files.SelectMany(EmbeddedData.Lines);

    private static IEnumerable<string[]> Rows(string[] files) => files.SelectMany(EmbeddedData.Rows);
}
