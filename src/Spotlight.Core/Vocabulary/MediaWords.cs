namespace Spotlight.Vocabulary;

/// <summary>
/// The words around an outlet's name in running text (Data/media-words.tsv for the built-in series): descriptors ("channel"),
/// qualifiers ("Saudi", "state-run"), reporting verbs, lead phrases ("told the") and citation lead words.
/// </summary>
public sealed class MediaWords
{
    private readonly HashSet<string> _descriptors = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _qualifiers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reportVerbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _speechVerbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _leads = [];
    private readonly List<string> _citationLeads = [];
    private readonly Dictionary<string, List<string[]>> _leadsByFirstWord = new(StringComparer.OrdinalIgnoreCase);


    private readonly List<(string Word, string Kind)> _rows;

    /// <summary>The kinds a row may name.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["descriptor", "qualifier", "report-verb", "speech-verb", "lead", "cite-lead"];

    public MediaWords(IEnumerable<(string Word, string Kind)> rows)
    {
        _rows = rows.ToList();
        foreach (var (word, kind) in _rows)
        {
            switch (kind)
            {
                case "descriptor": _descriptors.Add(word); break;
                case "qualifier": _qualifiers.Add(word); break;
                case "report-verb": _reportVerbs.Add(word); break;
                case "speech-verb": _speechVerbs.Add(word); break;
                case "lead": _leads.Add(word.Split(' ')); break;
                case "cite-lead": _citationLeads.Add(word); break;
                default: throw new InvalidOperationException($"media words: unknown kind '{kind}' for '{word}'");
            }
        }
        // Longest first, so that "interview with the" wins over "interview with".
        _leads.Sort((a, b) => b.Length.CompareTo(a.Length));
        _citationLeads.Sort((a, b) => b.Length.CompareTo(a.Length));
        foreach (var lead in _leads)
        {
            if (!_leadsByFirstWord.TryGetValue(lead[0], out var list))
                _leadsByFirstWord[lead[0]] = list = [];
            list.Add(lead);
        }
        AnchorWords = System.Buffers.SearchValues.Create(
            _reportVerbs.Concat(_speechVerbs).Concat(_leadsByFirstWord.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>This table with more words.</summary>
    public MediaWords With(IEnumerable<(string Word, string Kind)> rows) => new(_rows.Concat(rows));

    /// <summary>Every reporting verb and every word that opens a lead phrase, for a vectorised search of a text.</summary>
    public System.Buffers.SearchValues<string> AnchorWords { get; }

    /// <summary>The lead phrases that open with this word, longest first; empty when none does.</summary>
    public IReadOnlyList<string[]> LeadsOpeningWith(ReadOnlySpan<char> word) =>
        _leadsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var leads) ? leads : NoLeads;

    private static readonly string[][] NoLeads = [];

    // Looked up by span, so that scanning every word of a text allocates nothing.
    public bool IsDescriptor(ReadOnlySpan<char> word) => _descriptors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsQualifier(ReadOnlySpan<char> word) => _qualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsReportVerb(ReadOnlySpan<char> word) => _reportVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public bool IsVerb(ReadOnlySpan<char> word) =>
        IsReportVerb(word) || _speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Words that may open a citation before its source ("From", "Source:"), longest first.</summary>
    public IReadOnlyList<string> CitationLeads => _citationLeads;
}
