namespace Spotlight.Vocabulary;

/// <summary>
/// A series' known section headings (for the Iran series Data/sections.tsv and Data/heading-prefixes.txt): maps
/// "Iranian Involvement in Syria" to the id <c>syria</c> and the region <c>Syria</c>.
/// </summary>
public sealed class SectionTable
{
    private readonly Dictionary<string, Arena> _arenas;
    private readonly string[] _prefixes;

    /// <param name="arenas">The first arena of a name wins.</param>
    public SectionTable(IEnumerable<Arena> arenas, IEnumerable<string> prefixes)
    {
        _arenas = new Dictionary<string, Arena>(StringComparer.OrdinalIgnoreCase);
        foreach (var arena in arenas)
            _arenas.TryAdd(arena.Name, arena);
        _prefixes = prefixes.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToArray();
    }

    /// <summary>This table with more arenas and prefixes; an arena of a name the table knows takes its place.</summary>
    public SectionTable With(IEnumerable<Arena> arenas, IEnumerable<string> prefixes) =>
        new(arenas.Concat(_arenas.Values), _prefixes.Concat(prefixes));

    /// <summary>Whether a heading names an arena of the table, alone or after a known prefix.</summary>
    public bool IsKnown(string heading)
    {
        string text = heading.Trim().TrimEnd(':').Trim();
        if (_arenas.ContainsKey(text))
            return true;
        return TryMatch(text, out var arena) && _arenas.ContainsKey(arena.Name);
    }

    /// <summary>
    /// Matches a heading line (already stripped of footnote marks and a trailing colon):
    /// a known arena alone, or any arena after a known prefix.
    /// </summary>
    public bool TryMatch(string heading, out Arena arena)
    {
        if (_arenas.TryGetValue(heading, out arena!))
            return true;

        foreach (var prefix in _prefixes)
        {
            if (heading.Length <= prefix.Length + 1
                || !heading.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || heading[prefix.Length] != ' ')
                continue;

            string name = heading[(prefix.Length + 1)..].Trim();
            if (_arenas.TryGetValue(name, out arena!))
                return true;

            // A new arena still names a region: "… in Syria and Lebanon" is syria-and-lebanon.
            string region = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            arena = new Arena(name, Slug.Of(region), region);
            return true;
        }
        return false;
    }
}

/// <param name="Name">The name as the table (or the heading) writes it.</param>
public sealed record Arena(string Name, string Id, string Region);
