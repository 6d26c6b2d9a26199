using Spotlight.Model;
using Spotlight.Text;
using Spotlight.Vocabulary;

namespace Spotlight.Extraction;

/// <summary>
/// Sources named in running text: "The Saudi al-Arabiya channel reported (November 10)", "Nour News
/// (November 7)", "told the Iranian Fars news agency", "In an interview with the al-Jazeera channel".
/// A dated parenthesis after a name, a reporting verb after it, or a lead phrase before it marks one.
/// Without a date, an outlet the table knows counts, and so does an unknown name that a descriptor
/// introduces before a report verb or after a lead phrase ("the Russian daily Kommersant reported",
/// "according to the Lebanese daily Nida al-Watan"); "Syrian opposition sources reported" does not.
/// </summary>
internal sealed class InlineSourceFinder(OutletTable outlets, MediaWords words)
{
    private const int MaxPhraseWords = 8;

    // How far around an anchor the text is cut into words: a name phrase is at most eight words, and
    // a lead phrase and the name after it a dozen.
    private const int WindowBefore = 100;
    private const int WindowAfter = 140;

    /// <summary>
    /// Only the text around anchors — parentheses holding a date, reporting verbs, lead phrases — is cut
    /// into words, so that a long paragraph costs a vectorised search rather than a walk over every word.
    /// </summary>
    public List<SourceMention> Find(string text, List<TextSpan> parentheses, IReadOnlyList<DateMention> dates, TextClaims taken)
    {
        var found = new List<SourceMention>();
        // Dated parentheses first: "an interview to the al-Jazeera TV channel (November 8)" is one dated mention,
        // not an undated one found by its lead phrase.
        foreach (var parenthesis in parentheses)
        {
            var date = DatesWithin.Only(text, parenthesis, dates);
            if (date is null)
                continue;
            var tokens = Token.Split(text, Math.Max(0, parenthesis.Start - WindowBefore), parenthesis.Start + 1);
            if (TryDatedParenthesis(text, tokens, tokens.Count - 1, parenthesis, date) is { } dated)
                Add(dated);
        }

        var anchors = words.AnchorWords;
        for (int at = 0; at < text.Length;)
        {
            int hit = text.AsSpan(at).IndexOfAny(anchors);
            if (hit < 0)
                break;
            int start = at + hit;
            at = start + 1;
            if ((start > 0 && char.IsLetterOrDigit(text[start - 1])) || Parentheses.Contains(parentheses, start))
                continue;
            var tokens = Token.Split(text, Math.Max(0, start - WindowBefore), Math.Min(text.Length, start + WindowAfter));
            int i = IndexAt(tokens, start);
            if (i < 0)
                continue;
            var token = tokens[i];
            if (words.IsVerb(token.Span(text)) && !FollowedByParenthesis(text, tokens, i)
                && TryPhraseBeforeVerb(text, tokens, i) is { } phrase
                && (outlets.Knows(phrase.Name) || (phrase.NamedAfterDescriptor && words.IsReportVerb(token.Span(text)))))
                Add(Mention(text, phrase, phrase.Start, token.End, null));
            else if (TryLead(text, tokens, i, out int leadEnd) && TryPhraseAfter(text, tokens, leadEnd) is { } after
                     && (outlets.Knows(after.Name) || after.NamedAfterDescriptor))
                Add(Mention(text, after, token.Start, after.End, null));
        }
        return found;

        void Add(SourceMention mention)
        {
            if (taken.TryClaim(mention.Span))
                found.Add(mention);
        }
    }

    private static int IndexAt(List<Token> tokens, int start)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == start)
                return i;
        }
        return -1;
    }

    /// <summary>"Nour News (November 7)", "al-Alam, reported (November 10)": a parenthesis holding only a date, after a name.</summary>
    private SourceMention? TryDatedParenthesis(string text, List<Token> tokens, int open, TextSpan span, DateMention date)
    {
        int verb = open - 1;
        Phrase? phrase;
        if (verb >= 0 && tokens[verb].IsWord && words.IsVerb(tokens[verb].Span(text)))
        {
            phrase = TryPhraseBeforeVerb(text, tokens, verb);
        }
        else
        {
            verb = -1;
            phrase = TryPhraseBefore(text, tokens, open);
        }
        if (phrase is null)
            return null;

        bool known = outlets.Knows(phrase.Name);
        bool reported = verb >= 0 && words.IsReportVerb(tokens[verb].Span(text));
        if (!known && !reported && !phrase.HasDescriptor)
            return null;
        return Mention(text, phrase, phrase.Start, span.End, date.Value);
    }

    private static bool FollowedByParenthesis(string text, List<Token> tokens, int i) =>
        i + 1 < tokens.Count && text[tokens[i + 1].Start] == '(';

    /// <summary>
    /// The subject of a reporting verb: "Sputnik reported", "Modara, also reported", and past a relative
    /// clause, "The Tasnim News Agency, which is affiliated with the IRGC, reported".
    /// </summary>
    private Phrase? TryPhraseBeforeVerb(string text, List<Token> tokens, int verb)
    {
        int end = verb;
        if (end - 1 >= 0 && tokens[end - 1].IsWord && tokens[end - 1].Span(text).Equals("also", StringComparison.OrdinalIgnoreCase))
            end--;
        if (end - 1 < 0 || tokens[end - 1].IsWord || text[tokens[end - 1].Start] != ',')
            return TryPhraseBefore(text, tokens, end);

        // A comma before the verb closes an apposition ("…channel, al-Alam, reported") or a relative clause.
        int comma = end - 1;
        for (int k = comma - 1; k >= 0 && comma - k <= MaxClauseTokens; k--)
        {
            if (tokens[k].IsWord || text[tokens[k].Start] != ',')
                continue;
            if (k + 1 < comma && RelativePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[k + 1].Span(text)))
                return TryPhraseBefore(text, tokens, k);
            break;
        }
        var apposition = TryPhraseBefore(text, tokens, comma);
        bool standsApart = apposition is not null
            && (apposition.FirstToken == 0 || !tokens[apposition.FirstToken - 1].IsWord);
        return standsApart ? apposition : null;
    }

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.OrdinalIgnoreCase) { "which", "who", "that", "whose" };

    private const int MaxClauseTokens = 20;

    /// <summary>The name phrase that ends just before token <paramref name="end"/> (exclusive).</summary>
    private Phrase? TryPhraseBefore(string text, List<Token> tokens, int end)
    {
        int first = end;
        while (first - 1 >= 0 && end - first < MaxPhraseWords && IsPhraseWord(text, tokens[first - 1]))
            first--;
        bool whole = first == 0 || !IsPhraseWord(text, tokens[first - 1]);
        int articleStart = first - 1 >= 0 && IsArticle(tokens[first - 1].Span(text)) ? tokens[first - 1].Start : -1;
        return Build(text, tokens, first, end, articleStart, whole);
    }

    private Phrase? TryPhraseAfter(string text, List<Token> tokens, int start)
    {
        int articleStart = -1;
        if (start < tokens.Count && IsArticle(tokens[start].Span(text)))
        {
            articleStart = tokens[start].Start;
            start++;
        }
        int end = start;
        while (end < tokens.Count && end - start < MaxPhraseWords && IsPhraseWord(text, tokens[end]))
            end++;
        bool whole = end == tokens.Count || !IsPhraseWord(text, tokens[end]);
        return Build(text, tokens, start, end, articleStart, whole);
    }

    private bool TryLead(string text, List<Token> tokens, int i, out int end)
    {
        var leads = words.LeadsOpeningWith(tokens[i].Span(text));
        for (int l = 0; l < leads.Count; l++) // indexed: no enumerator for every word that might open a lead
        {
            var lead = leads[l];
            if (i + lead.Length > tokens.Count)
                continue;
            bool matches = true;
            for (int k = 0; k < lead.Length && matches; k++)
                matches = tokens[i + k].IsWord && tokens[i + k].Span(text).Equals(lead[k], StringComparison.OrdinalIgnoreCase);
            if (matches)
            {
                end = i + lead.Length;
                return true;
            }
        }
        end = i;
        return false;
    }

    /// <summary>
    /// Trims a phrase down to the outlet's name: articles, qualifiers ("Saudi", "state-run") and descriptors
    /// ("channel", "news agency") go, unless what is left is a name the outlet table knows as it stands.
    /// </summary>
    /// <param name="whole">False when the phrase was cut at <see cref="MaxPhraseWords"/> with name words beyond.</param>
    private Phrase? Build(string text, List<Token> tokens, int first, int end, int articleStart, bool whole)
    {
        if (end <= first)
            return null;
        int start = articleStart >= 0 ? articleStart : tokens[first].Start;
        int firstToken = articleStart >= 0 ? first - 1 : first;
        int opening = first;
        int phraseEnd = tokens[end - 1].End;
        bool hasDescriptor = false, descriptorBefore = false;

        // Articles, and lower-case descriptors and qualifiers, are never part of a name.
        while (first < end && (IsArticle(tokens[first].Span(text)) || IsLowerFiller(text, tokens[first], ref descriptorBefore))) first++;
        hasDescriptor = descriptorBefore;
        while (end > first && IsLowerFiller(text, tokens[end - 1], ref hasDescriptor)) end--;
        while (first < end && !outlets.Knows(SliceSpan(text, tokens, first, end)))
        {
            var head = tokens[first].Span(text);
            var tail = tokens[end - 1].Span(text);
            if (words.IsQualifier(head) || IsArticle(head)) first++;
            else if (words.IsDescriptor(head)) { first++; hasDescriptor = descriptorBefore = true; }
            else if (words.IsDescriptor(tail)) { end--; hasDescriptor = true; }
            else break;
        }
        if (first >= end || !StartsName(tokens[first].Span(text)))
            return null;
        // "its website Hezbollah said": a descriptor after a possessive is where something was said, not an outlet's title.
        bool afterPossessive = opening > 0 && Possessives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[opening - 1].Span(text));
        bool namedAfterDescriptor = descriptorBefore && whole && !afterPossessive;
        return new Phrase(Slice(text, tokens, first, end), start, phraseEnd, hasDescriptor, namedAfterDescriptor, firstToken);
    }

    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "its", "his", "her", "their", "our", "my", "your" };

    private bool IsLowerFiller(string text, Token token, ref bool hasDescriptor)
    {
        var word = token.Span(text);
        if (!char.IsLower(word[0]))
            return false;
        if (words.IsDescriptor(word)) { hasDescriptor = true; return true; }
        return words.IsQualifier(word) || IsArticle(word);
    }

    /// <summary>Words that can stand in an outlet's phrase: names, "al-" names, qualifiers and descriptors.</summary>
    private bool IsPhraseWord(string text, Token token)
    {
        if (!token.IsWord)
            return false;
        var word = token.Span(text);
        return StartsName(word) || words.IsDescriptor(word) || words.IsQualifier(word);
    }

    private static bool StartsName(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || char.IsDigit(word[0])
        || (word.Length > 3 && word[2] == '-' && word[0] is 'a' or 'e' && char.IsLetter(word[3]));

    private static bool IsArticle(ReadOnlySpan<char> word) => word is "the" or "The" or "a" or "A" or "an" or "An";

    private static ReadOnlySpan<char> SliceSpan(string text, List<Token> tokens, int first, int end) =>
        text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start);

    private static string Slice(string text, List<Token> tokens, int first, int end) =>
        text[tokens[first].Start..tokens[end - 1].End];

    private SourceMention Mention(string text, Phrase phrase, int start, int end, string? date)
    {
        string written = text[start..end];
        return new(phrase.Name, outlets.Canonical(phrase.Name), SourceKind.Inline, PlatformClassifier.Of(written), date, written, start, end - start);
    }

    /// <param name="Name">The outlet's name as written.</param>
    /// <param name="Start">Where the phrase starts, its article included.</param>
    /// <param name="HasDescriptor">A descriptor stands before or after the name: "the website Nour News", "the Kayhan daily".</param>
    /// <param name="NamedAfterDescriptor">
    /// A descriptor stands before the name, and the phrase is whole: "the Russian daily Kommersant". Enough to take
    /// a name the outlet table does not know, before a report verb or after a lead phrase.
    /// </param>
    /// <param name="FirstToken">The index of the phrase's first token, its article included.</param>
    private sealed record Phrase(string Name, int Start, int End, bool HasDescriptor, bool NamedAfterDescriptor, int FirstToken);
}
