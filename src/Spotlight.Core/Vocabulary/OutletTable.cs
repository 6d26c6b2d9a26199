using System.Text;

namespace Spotlight.Vocabulary;

/// <summary>
/// Maps the names reports give news outlets to one canonical name ("Fars", "FNA" → "Fars News Agency"),
/// ignoring case, apostrophes, hyphens and spaces. Each series profile has one (Data/outlets.tsv for the Iran series),
/// extendable by a user file.
/// </summary>
public sealed class OutletTable
{
    private readonly Dictionary<string, string> _byKey;

    public OutletTable(IEnumerable<OutletEntry> entries)
    {
        _byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in entries)
            Add(entry);
    }

    private OutletTable(Dictionary<string, string> byKey) => _byKey = byKey;

    /// <summary>A copy of this table with the entries added; an alias already known is taken over.</summary>
    public OutletTable With(IEnumerable<OutletEntry> entries)
    {
        var table = new OutletTable(new Dictionary<string, string>(_byKey, StringComparer.Ordinal));
        foreach (var entry in entries)
            table.Add(entry);
        return table;
    }

    private void Add(OutletEntry entry)
    {
        _byKey[Key(entry.Name)] = entry.Name;
        foreach (var alias in entry.Aliases)
        {
            string key = Key(alias);
            if (key.Length > 0)
                _byKey[key] = entry.Name;
        }
    }

    /// <summary>The canonical name of an outlet, or null when the table does not know it.</summary>
    public string? Canonical(ReadOnlySpan<char> name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return _byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Key(name, buffer), out string? canonical) ? canonical : null;
    }

    public bool Knows(ReadOnlySpan<char> name) => Canonical(name) is not null;

    /// <summary>The lookup key of a name written into <paramref name="buffer"/>, without allocating.</summary>
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var span = name.Trim();
        if (span.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            span = span[4..];
        int length = 0;
        foreach (char c in span)
        {
            if (char.IsLetterOrDigit(c))
                buffer[length++] = char.ToLowerInvariant(c);
        }
        return buffer[..length];
    }

    /// <summary>Letters and digits in lower case, a leading "the" dropped: "The Al-Jazeera" → "aljazeera".</summary>
    internal static string Key(string name)
    {
        var span = name.AsSpan().Trim();
        if (span.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            span = span[4..];
        var key = new StringBuilder(span.Length);
        foreach (char c in span)
        {
            if (char.IsLetterOrDigit(c))
                key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }
}

/// <param name="Name">The canonical name written to <c>outlet</c>.</param>
public sealed record OutletEntry(string Name, IReadOnlyList<string> Aliases);
