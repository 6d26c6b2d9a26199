namespace Spotlight.Vocabulary;

/// <summary>
/// The words around an outlet's name in running text (Data/media-words.tsv): descriptors ("channel"),
/// qualifiers ("Saudi", "state-run"), reporting verbs, lead phrases ("told the") and citation lead words.
/// </summary>
public sealed class MediaWords
{
    public static MediaWords Default { get; } = new(EmbeddedData.Rows("media-words.tsv").Select(row => (row[0], row[1])));

    private readonly HashSet<string> _descriptors = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _qualifiers = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reportVerbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _speechVerbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string[]> _leads = [];
    private readonly List<string> _citationLeads = [];

    public MediaWords(IEnumerable<(string Word, string Kind)> rows)
    {
        foreach (var (word, kind) in rows)
        {
            switch (kind)
            {
                case "descriptor": _descriptors.Add(word); break;
                case "qualifier": _qualifiers.Add(word); break;
                case "report-verb": _reportVerbs.Add(word); break;
                case "speech-verb": _speechVerbs.Add(word); break;
                case "lead": _leads.Add(word.Split(' ')); break;
                case "cite-lead": _citationLeads.Add(word); break;
                default: throw new InvalidOperationException($"media-words.tsv: unknown kind '{kind}' for '{word}'");
            }
        }
        // Longest first, so that "interview with the" wins over "interview with".
        _leads.Sort((a, b) => b.Length.CompareTo(a.Length));
        _citationLeads.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public bool IsDescriptor(string word) => _descriptors.Contains(word);

    public bool IsQualifier(string word) => _qualifiers.Contains(word);

    public bool IsReportVerb(string word) => _reportVerbs.Contains(word);

    public bool IsVerb(string word) => _reportVerbs.Contains(word) || _speechVerbs.Contains(word);

    /// <summary>Lead phrases as words, longest first ("interview with the").</summary>
    public IReadOnlyList<string[]> Leads => _leads;

    /// <summary>Words that may open a citation before its source ("From", "Source:"), longest first.</summary>
    public IReadOnlyList<string> CitationLeads => _citationLeads;
}
