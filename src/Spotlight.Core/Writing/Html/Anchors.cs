namespace Spotlight.Writing.Html;

/// <summary>
/// The <c>id</c>s of one page, each given once: a tree's ids are unique among items, but a section named like an item
/// ("Syria 2" beside item <c>syria-2</c>) or two reports on one page would give two elements the same name.
/// </summary>
public sealed class Anchors(string prefix)
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>The id for a name: the name itself (after the page's prefix) unless taken, else with a number after it.</summary>
    public string For(string name)
    {
        string wanted = prefix + Clean(name);
        string id = wanted;
        for (int n = 2; !_taken.Add(id); n++)
            id = $"{wanted}~{n}";
        return id;
    }

    // An id may hold anything but white space, and may not be empty.
    private static string Clean(string name)
    {
        if (name.Length == 0)
            return "_";
        return string.Create(name.Length, name, (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
                span[i] = char.IsWhiteSpace(source[i]) ? '-' : source[i];
        });
    }
}
